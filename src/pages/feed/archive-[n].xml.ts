/** `/feed/archive-<n>.xml`: RFC 5005 archives of the survey's feed, oldest additions in archive 1; none until the feed fills. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, renderFeed, type FeedPlan } from '../../lib/export/feed-plan.ts';
import { getFeedPlans } from '../../build-cache.ts';

/** One document per archive of the survey's feed. */
export const getStaticPaths = (async () => {
  const [plan] = await getFeedPlans();
  return plan!.archives.map((_, i) => ({ params: { n: String(i + 1) }, props: { plan: plan!, n: i + 1 } }));
}) satisfies GetStaticPaths;

/** Serves one archive. */
export const GET: APIRoute<{ plan: FeedPlan; n: number }> = ({ props, site }) =>
  new Response(renderFeed(props.plan, props.n, site), { headers: FEED_HEADERS });
