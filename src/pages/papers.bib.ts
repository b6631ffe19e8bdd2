/** `/papers.bib`: every published paper of the survey as BibTeX, one record each, ordered by citation key. */
import type { APIRoute } from 'astro';
import { getExportContext, getSiteData } from '../build-cache.ts';
import { entriesToBibliography } from '../lib/export/index.ts';

/** Serves the bibliography of published papers. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await getSiteData();
  const { entries, survey, keys } = await getExportContext(site, published);
  const bib = entriesToBibliography(entries, survey, keys);
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
