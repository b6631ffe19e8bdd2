// The public API of the survey-wide exports: `/papers.bib`, `/papers.json` and the feed.
export { entriesToBibliography } from './bibliography.ts';
export {
  entriesToAtomFeed,
  FEED_PAGE_SIZE,
  feedDocuments,
  feedOrder,
  type FeedLinks,
  type FeedOptions,
} from './feed.ts';
export { entriesToJson } from './papers-json.ts';
export {
  PAPERS_JSON_VERSION,
  papersJsonSchema,
  PapersJsonSchema,
  type PaperRecord,
  type PapersJson,
} from './papers-json-schema.ts';
