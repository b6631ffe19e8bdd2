/** `/themes/<theme>/archive-<n>.xml`: RFC 5005 archives of a theme's feed; none until it fills. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, renderFeed, type FeedPlan } from '../../../lib/export/feed-plan.ts';
import { getFeedPlans } from '../../../build-cache.ts';

/** One document per archive of each theme's feed. */
export const getStaticPaths = (async () => {
  const plans = await getFeedPlans();
  return plans
    .filter((plan) => plan.key !== '')
    .flatMap((plan) =>
      plan.archives.map((_, i) => ({ params: { theme: plan.key, n: String(i + 1) }, props: { plan, n: i + 1 } })),
    );
}) satisfies GetStaticPaths;

/** Serves one archive. */
export const GET: APIRoute<{ plan: FeedPlan; n: number }> = ({ props, site }) =>
  new Response(renderFeed(props.plan, props.n, site), { headers: FEED_HEADERS });
