/**
 * What pages and endpoints read of the survey, loaded or computed once per build and shared by every
 * page. Astro renders all pages in one process from one module graph, so each promise here is made once;
 * calling `getCollection` (or ranking related papers) per page instead is what makes large sites slow.
 * This module only memoises and reads `content/` (the build runs in the project root); what it caches is
 * computed by pure modules in `src/lib`.
 */
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { surveyChanges, type ChangeDay } from './lib/changes/changes.ts';
import { citationKeys, entryToApa, entryToBibtex, entryUrl, surveyEntryToBibtex } from './lib/cite/index.ts';
import type { CiteContext, SurveyKeys } from './lib/cite/index.ts';
import { readCitationKeyLedger, readUrlLedger } from './lib/content-tree/files.ts';
import { feedPlans, type FeedPlan } from './lib/export/feed-plan.ts';
import { buildSiteData, type SiteData } from './lib/paper-lists.ts';
import type { RelatedLink } from './lib/related/index.ts';
import { buildRelatedData, type RelatedData } from './lib/related/survey-related.ts';
import { surveyConfig } from './lib/survey-config.ts';
import { surveyInfoAt } from './lib/survey-info.ts';
import type { SurveyInfo } from './lib/cite/cite-context.ts';
import type { Entry } from './lib/schema.ts';
import { buildTableData, type TableData } from './lib/table/table-data.ts';
import { readEntryHistory } from './loaders/git-history.ts';

/** A paper as the pages get it: the collection entry, so a page can still `render()` its notes. */
export type Paper = CollectionEntry<'papers'>;

let siteData: Promise<SiteData<Paper>> | undefined;

/** The whole survey, read from the collection once per build: every list, listing and neighbour. */
export function getSiteData(): Promise<SiteData<Paper>> {
  siteData ??= getCollection('papers').then((papers) => buildSiteData(papers, surveyConfig.newestCount));
  return siteData;
}

let tableData: Promise<TableData> | undefined;

/** The papers table's rows, shared by its pages and its JSON index. */
export function getTableData(): Promise<TableData> {
  tableData ??= getSiteData().then(({ published }) => buildTableData(published));
  return tableData;
}

let plans: Promise<FeedPlan[]> | undefined;

/** Every feed of the survey (all papers, then each theme), split into documents. */
export function getFeedPlans(): Promise<FeedPlan[]> {
  plans ??= getSiteData().then(feedPlans);
  return plans;
}

let changes: Promise<ChangeDay[]> | undefined;

/** The survey's changes by day (from the git history of `content/`), for the changes page and its feed. */
export function getChanges(): Promise<ChangeDay[]> {
  changes ??= getSiteData().then(({ all }) =>
    surveyChanges(
      all.map((paper) => paper.data),
      readEntryHistory(join(process.cwd(), 'content')),
    ),
  );
  return changes;
}

let urls: string[] | undefined;

/**
 * The published-URL ledger, read once per build, for the pages that must keep a promised URL working
 * (a later list page the list no longer fills). The build runs in the project root, where `content/` is;
 * a missing ledger is empty here (the ledger check integration fails that build on its own).
 */
export function publishedUrls(): string[] {
  urls ??= readUrlLedger(join(process.cwd(), 'content')).lines.map((line) => line.url);
  return urls;
}

let keys: Promise<SurveyKeys> | undefined;

/**
 * Every entry's citation key, computed once per build over the whole survey (withdrawn entries too),
 * frozen keys from the ledger first, so that a paper has the same key on its page, in `/papers.bib`, its
 * theme's `.bib`, `cite.ris`, `cite.json` and `/papers.json`, in this build and every later one.
 */
export function getCitationKeys(): Promise<SurveyKeys> {
  keys ??= getSiteData().then(({ all }) =>
    citationKeys(
      all.map((paper) => paper.data),
      readCitationKeyLedger(join(process.cwd(), 'content')),
    ),
  );
  return keys;
}

/**
 * What an export of `papers` needs: their entries, the survey as cited at `site`, and the survey-wide
 * citation keys, so a paper keeps one key across every file it is in.
 */
export async function getExportContext(
  site: URL | undefined,
  papers: readonly Paper[],
): Promise<{ entries: Entry[]; survey: SurveyInfo; keys: SurveyKeys }> {
  return { entries: papers.map((paper) => paper.data), survey: surveyInfoAt(site), keys: await getCitationKeys() };
}

/** What citing one paper needs: the survey, the entry's stable URL, its survey-wide citation key and earlier keys. */
export async function getCiteContext(paper: Paper, site: URL | undefined): Promise<CiteContext> {
  const survey = surveyInfoAt(site);
  const { key, aliases } = await getCitationKeys();
  return { survey, url: entryUrl(survey.siteUrl, paper.id), key: key.get(paper.id), aliases: aliases.get(paper.id) };
}

/** The paper's BibTeX (with its survey-wide key) and the survey entry's BibTeX (key `survey-<slug>`): the page's and `cite.bib`'s. */
export async function getPaperBibtex(
  paper: Paper,
  site: URL | undefined,
): Promise<{ bibtex: string; surveyBibtex: string }> {
  const ctx = await getCiteContext(paper, site);
  return {
    bibtex: entryToBibtex(paper.data, ctx),
    surveyBibtex: surveyEntryToBibtex(paper.data, { ...ctx, key: undefined }),
  };
}

/**
 * The paper in APA style, as plain text. Only the page asks for it, not `cite.bib`: where a CSL
 * processor has to make it, it is the costliest citation of a build (milliseconds a paper).
 */
export async function getPaperApa(paper: Paper, site: URL | undefined): Promise<string> {
  return entryToApa(paper.data, await getCiteContext(paper, site));
}

/** One related paper as its link shows it: the entry, and the link's score, shared terms and pin. */
export interface RelatedPaper {
  paper: Paper;
  link: RelatedLink;
}

/** The build's related data, with the entry behind each slug so that a link can show its paper. */
export type SiteRelatedData = RelatedData & { bySlug: ReadonlyMap<string, Paper> };

let related: Promise<SiteRelatedData> | undefined;

/**
 * Related links, theme terms and rising terms, computed once per build from the papers that
 * `getSiteData` already read (never per page: every paper page asks for its links).
 */
export function getRelatedData(): Promise<SiteRelatedData> {
  related ??= getSiteData().then(({ all }) => {
    const data = buildRelatedData(all);
    warnAboutOverrides(data, all);
    return { ...data, bySlug: new Map(all.map((paper) => [paper.id, paper])) };
  });
  return related;
}

/** The papers a paper's page links to as related, best first (pins first). */
export async function getRelatedPapers(slug: string): Promise<RelatedPaper[]> {
  const { links, bySlug } = await getRelatedData();
  return (links.get(slug) ?? []).map((link) => ({ paper: bySlug.get(link.slug)!, link }));
}

/** A pin or exclude that names no paper cannot take effect: say which file and slug to fix. */
function warnAboutOverrides({ problems }: RelatedData, papers: Paper[]): void {
  const files = new Map(papers.map((paper) => [paper.id, paper.filePath ?? paper.id]));
  for (const { slug, field, target, reason } of problems) {
    const why = reason === 'unknown slug' ? 'which is no paper of the survey' : 'which is the paper itself';
    console.warn(`${files.get(slug)}: ${field} names "${target}", ${why}; it is ignored. Fix the slug or remove it.`);
  }
}
