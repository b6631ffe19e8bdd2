/** `/feed.xml`: an Atom feed of the newest additions, ordered by the day each entry joined the survey. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../components/href.ts';
import { getSurveyInfo } from '../data/citations.ts';
import { getSiteData } from '../data/site-data.ts';
import { entriesToAtomFeed } from '../lib/export/index.ts';

/** Serves the feed, which links to itself by its absolute URL. */
export const GET: APIRoute = async ({ site }) => {
  const { published } = await getSiteData();
  const feed = entriesToAtomFeed(published.map((paper) => paper.data), getSurveyInfo(site), { selfUrl: absoluteUrl('/feed.xml', site) });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
