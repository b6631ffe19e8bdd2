/**
 * `/papers/<slug>/cite.json`: the paper as CSL-JSON (a one-item array, as CSL-JSON files are), which
 * Zotero, Mendeley, Pandoc and citeproc read. Served at every old slug too, as a copy.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCiteContext } from '../../../data/citations.ts';
import { paperSlugs } from '../../../data/paper-urls.ts';
import { getSiteData, type Paper } from '../../../data/site-data.ts';
import { entryToCsl } from '../../../lib/cite/index.ts';

/** One file per slug, old slugs (aliases) included. */
export const getStaticPaths = (async () => {
  const { all } = await getSiteData();
  return paperSlugs(all).map(({ slug, paper }) => ({ params: { slug }, props: { paper } }));
}) satisfies GetStaticPaths;

/** Serves the CSL-JSON item. */
export const GET: APIRoute<{ paper: Paper }> = async ({ props, site }) => {
  const item = entryToCsl(props.paper.data, await getCiteContext(props.paper, site));
  return new Response(`${JSON.stringify([item], null, 2)}\n`, { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
