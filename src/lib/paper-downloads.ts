import {
  citationKeys,
  entryToBibtex,
  entryToCsl,
  entryToRis,
  entryUrl,
  surveyEntryToBibtex,
  type CiteContext,
  type KeyLedger,
  type SurveyInfo,
} from './cite/index.ts';
import type { Entry } from './schema.ts';

/** A paper as the downloads need it: its slug (the collection id) and its validated entry. */
export interface DownloadPaper {
  id: string;
  data: Entry;
}

/** One download file of the built site, by its site-relative path (`papers/<slug>/cite.bib`). */
export interface DownloadFile {
  path: string;
  text: string;
}

/** The names of each paper's citation downloads, beside its page. */
export const DOWNLOAD_NAMES = ['cite.bib', 'cite.ris', 'cite.json'] as const;

/**
 * Every paper's citation downloads, at its slug and at each old slug (alias) no page or earlier claim
 * holds: `cite.bib` (the paper's BibTeX, then the survey entry's, as on its page), `cite.ris` and
 * `cite.json` (CSL-JSON, a one-item array). `papers` is the whole survey in the order the site lists it
 * (newest first, withdrawn entries too), so citation keys and alias claims are those of the pages.
 */
export function paperDownloads(
  papers: readonly DownloadPaper[],
  survey: SurveyInfo,
  keyLedger: KeyLedger,
): DownloadFile[] {
  const keys = citationKeys(
    papers.map((paper) => paper.data),
    keyLedger,
  );
  const files: DownloadFile[] = [];
  const taken = new Set(papers.map((paper) => paper.id));
  const texts = new Map<string, readonly string[]>();
  for (const paper of papers) {
    const ctx: CiteContext = {
      survey,
      url: entryUrl(survey.siteUrl, paper.id),
      key: keys.key.get(paper.id),
      aliases: keys.aliases.get(paper.id),
    };
    const bib = `${entryToBibtex(paper.data, ctx)}\n${surveyEntryToBibtex(paper.data, { ...ctx, key: undefined })}`;
    const ris = entryToRis(paper.data, ctx);
    const json = `${JSON.stringify([entryToCsl(paper.data, ctx)], null, 2)}\n`;
    texts.set(paper.id, [bib, ris, json]);
  }
  const add = (slug: string, own: readonly string[]) =>
    DOWNLOAD_NAMES.forEach((name, i) => files.push({ path: `papers/${slug}/${name}`, text: own[i]! }));
  for (const paper of papers) add(paper.id, texts.get(paper.id)!);
  // An alias that is another entry's slug, or one already claimed, is skipped: the page, or the first claim, wins.
  for (const paper of papers) {
    for (const alias of paper.data.aliases) {
      if (taken.has(alias)) continue;
      taken.add(alias);
      add(alias, texts.get(paper.id)!);
    }
  }
  return files;
}
