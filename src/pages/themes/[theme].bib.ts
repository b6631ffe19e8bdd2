/** `/themes/<theme>.bib`: BibTeX of the published papers a theme page lists (its own and secondary ones). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCitationKeys, getSiteData, type Paper } from '../../build-cache.ts';
import { surveyInfoAt } from '../../lib/survey-info.ts';
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
  const bib = entriesToBibliography(
    props.papers.map((paper) => paper.data),
    surveyInfoAt(site),
    await getCitationKeys(),
  );
  return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
