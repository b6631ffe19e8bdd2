/** `/themes/<theme>.bib`: BibTeX of the published papers a theme page lists (its own and secondary ones). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getExportContext, getSiteData, type Paper } from '../../build-cache.ts';
import { entriesToBibliography } from '../../lib/export/index.ts';

/** One file per theme, with the papers its page lists. */
export const getStaticPaths = (async () => {
  const { themes } = await getSiteData();
  return themes.map((listing) => ({
    params: { theme: listing.theme.id },
    props: { papers: listing.items.map((item) => item.paper) },
  }));
}) satisfies GetStaticPaths;

/** Serves one theme's bibliography. */
export const GET: APIRoute<{ papers: Paper[] }> = async ({ props, site }) => {
  // Keys come from the whole survey, so a paper keeps one key across every .bib file.
  const { entries, survey, keys } = await getExportContext(site, props.papers);
  const bib = entriesToBibliography(entries, survey, keys);
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
