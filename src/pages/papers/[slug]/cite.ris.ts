/** `/papers/<slug>/cite.ris`: the paper as an RIS record for reference managers; at old slugs too, as a copy. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCiteContext } from '../../../data/citations.ts';
import { paperSlugs } from '../../../data/paper-urls.ts';
import { getSiteData, type Paper } from '../../../data/site-data.ts';
import { entryToRis } from '../../../lib/cite/index.ts';

/** One file per slug, old slugs (aliases) included. */
export const getStaticPaths = (async () => {
  const { all } = await getSiteData();
  return paperSlugs(all).map(({ slug, paper }) => ({ params: { slug }, props: { paper } }));
}) satisfies GetStaticPaths;

/** Serves the RIS record. */
export const GET: APIRoute<{ paper: Paper }> = async ({ props, site }) => {
  const ris = entryToRis(props.paper.data, await getCiteContext(props.paper, site));
  return new Response(ris, { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
