/** `/feed.xml`: the Atom feed of the newest additions (most recently added first), with RFC 5005 archives for the rest. */
import type { APIRoute } from 'astro';
import { FEED_HEADERS, renderFeed } from '../lib/export/feed-plan.ts';
import { getFeedPlans } from '../build-cache.ts';

/** Serves the subscription document, which links to itself by its absolute URL and to its newest archive. */
export const GET: APIRoute = async ({ site }) => {
  const [plan] = await getFeedPlans();
  return new Response(renderFeed(plan!, undefined, site), { headers: FEED_HEADERS });
};
