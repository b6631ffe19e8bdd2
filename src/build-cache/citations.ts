import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citationKeys, entryToApa, entryToBibtex, entryUrl, KEY_LEDGER_FILE, parseKeyLedger, surveyEntryToBibtex, type CiteContext, type KeyLedger, type SurveyInfo, type SurveyKeys } from '../lib/cite/index.ts';
import { surveyInfo } from '../lib/survey-info.ts';
import { absoluteUrl } from '../lib/links.ts';
import { getSiteData, type Paper } from './site-data.ts';

let keys: Promise<SurveyKeys> | undefined;

/** The committed key ledger (`content/citation-keys.txt`); a project without one has no frozen keys yet. */
function readKeyLedger(): KeyLedger {
  const file = join(process.cwd(), 'content', KEY_LEDGER_FILE);
  return existsSync(file) ? parseKeyLedger(readFileSync(file, 'utf8'), `content/${KEY_LEDGER_FILE}`) : new Map();
}

/**
 * Every entry's citation key, computed once per build over the whole survey (withdrawn entries too),
 * frozen keys from the ledger first, so that a paper has the same key on its page, in `/papers.bib`, its
 * theme's `.bib`, `cite.ris`, `cite.json` and `/papers.json`, in this build and every later one.
 */
export function getCitationKeys(): Promise<SurveyKeys> {
  keys ??= getSiteData().then(({ all }) => citationKeys(all.map((paper) => paper.data), readKeyLedger()));
  return keys;
}

/** The survey as citations know it, at this build's address (`Astro.site` or an endpoint's `site`, plus the base). */
export function getSurveyInfo(site: URL | undefined): SurveyInfo {
  return surveyInfo(absoluteUrl('/', site));
}

/** What citing one paper needs: the survey, the entry's stable URL, its survey-wide citation key and earlier keys. */
export async function getCiteContext(paper: Paper, site: URL | undefined): Promise<CiteContext> {
  const survey = getSurveyInfo(site);
  const { key, aliases } = await getCitationKeys();
  return { survey, url: entryUrl(survey.siteUrl, paper.id), key: key.get(paper.id), aliases: aliases.get(paper.id) };
}

/** The paper's BibTeX (with its survey-wide key) and the survey entry's BibTeX (key `survey-<slug>`): the page's and `cite.bib`'s. */
export async function getPaperBibtex(paper: Paper, site: URL | undefined): Promise<{ bibtex: string; surveyBibtex: string }> {
  const ctx = await getCiteContext(paper, site);
  return { bibtex: entryToBibtex(paper.data, ctx), surveyBibtex: surveyEntryToBibtex(paper.data, { ...ctx, key: undefined }) };
}

/**
 * The paper in APA style, as plain text. Only the page asks for it, not `cite.bib`: where a CSL
 * processor has to make it, it is the costliest citation of a build (milliseconds a paper).
 */
export async function getPaperApa(paper: Paper, site: URL | undefined): Promise<string> {
  return entryToApa(paper.data, await getCiteContext(paper, site));
}
