/** `/papers.bib`: every published paper of the survey as BibTeX, one record each, ordered by citation key. */
import type { APIRoute } from 'astro';
import { getCitationKeys, getSiteData, getSurveyInfo } from '../build-cache/index.ts';
import { entriesToBibliography } from '../lib/export/index.ts';

/** Serves the bibliography of published papers. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await getSiteData();
  const bib = entriesToBibliography(published.map((paper) => paper.data), getSurveyInfo(site), await getCitationKeys());
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
