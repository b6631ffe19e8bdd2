/** `/papers.bib`: every published paper of the survey as BibTeX, one record each, ordered by citation key. */
import type { APIRoute } from 'astro';
import { getCitationKeys, getSiteData } from '../build-cache.ts';
import { surveyInfoAt } from '../lib/survey-info.ts';
import { entriesToBibliography } from '../lib/export/index.ts';

/** Serves the bibliography of published papers. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await getSiteData();
  const bib = entriesToBibliography(
    published.map((paper) => paper.data),
    surveyInfoAt(site),
    await getCitationKeys(),
  );
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
