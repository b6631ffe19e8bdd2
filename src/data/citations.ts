import { citationKeys, entryToApa, entryToBibtex, entryUrl, surveyEntryToBibtex, type CiteContext, type SurveyInfo } from '../lib/cite/index.ts';
import { surveyInfo } from '../lib/survey-info.ts';
import { absoluteUrl } from '../components/href.ts';
import { getSiteData, type Paper } from './site-data.ts';

let keys: Promise<Map<string, string>> | undefined;

/**
 * Every entry's citation key, computed once per build over the whole survey (withdrawn entries too),
 * so that a paper has the same key on its page, in `/papers.bib`, its theme's `.bib` and `/papers.json`.
 */
export function getCitationKeys(): Promise<Map<string, string>> {
  keys ??= getSiteData().then(({ all }) => citationKeys(all.map((paper) => paper.data)));
  return keys;
}

/** The survey as citations know it, at this build's address (`Astro.site` or an endpoint's `site`, plus the base). */
export function getSurveyInfo(site: URL | undefined): SurveyInfo {
  return surveyInfo(absoluteUrl('/', site));
}

/** What citing one paper needs: the survey, the entry's stable URL and its survey-wide citation key. */
export async function getCiteContext(paper: Paper, site: URL | undefined): Promise<CiteContext> {
  const survey = getSurveyInfo(site);
  return { survey, url: entryUrl(survey.siteUrl, paper.id), key: (await getCitationKeys()).get(paper.id) };
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
