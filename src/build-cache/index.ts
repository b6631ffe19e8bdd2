/**
 * What pages and endpoints read of the survey, loaded or computed once per build and shared by every
 * page: Astro renders all pages in one process from one module graph, so each promise here is made once.
 * The computing itself is pure and lives in `src/lib` (`paper-lists.ts`, `related/survey-related.ts`,
 * `cite/`, `export/`, `table/`); this folder only memoises it and reads `content/`.
 */
export { getSiteData, type Paper } from './site-data.ts';
export { getCitationKeys, getCiteContext, getPaperApa, getPaperBibtex, getSurveyInfo } from './citations.ts';
export { getRelatedData, getRelatedPapers, type RelatedPaper, type SiteRelatedData } from './related.ts';
export { getTableData, type TableData } from './table-data.ts';
export { FEED_HEADERS, getFeedPlans, renderFeed, type FeedPlan } from './feeds.ts';
export { getChanges } from './changes.ts';
export { publishedUrls } from './url-ledger.ts';
