/**
 * `/papers/<slug>/cite.bib`: the paper's BibTeX record, then the record citing the survey's entry,
 * as on its page. Served at every old slug too: a download cannot redirect, so it is copied.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPaperBibtex } from '../../../data/citations.ts';
import { paperSlugs } from '../../../data/paper-urls.ts';
import { getSiteData, type Paper } from '../../../data/site-data.ts';

/** One file per slug, old slugs (aliases) included. */
export const getStaticPaths = (async () => {
  const { all } = await getSiteData();
  return paperSlugs(all).map(({ slug, paper }) => ({ params: { slug }, props: { paper } }));
}) satisfies GetStaticPaths;

/** Serves the two BibTeX records. */
export const GET: APIRoute<{ paper: Paper }> = async ({ props, site }) => {
  const { bibtex, surveyBibtex } = await getPaperBibtex(props.paper, site);
  return new Response(`${bibtex}\n${surveyBibtex}`, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
