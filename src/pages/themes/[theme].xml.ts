/** `/themes/<theme>.xml`: a theme's Atom feed, with the papers its page lists (its own and secondary), newest additions first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, renderFeed, type FeedPlan } from '../../lib/export/feed-plan.ts';
import { getFeedPlans } from '../../build-cache.ts';

/** One feed per theme. */
export const getStaticPaths = (async () => {
  const plans = await getFeedPlans();
  return plans.filter((plan) => plan.key !== '').map((plan) => ({ params: { theme: plan.key }, props: { plan } }));
}) satisfies GetStaticPaths;

/** Serves a theme's subscription document. */
export const GET: APIRoute<{ plan: FeedPlan }> = ({ props, site }) =>
  new Response(renderFeed(props.plan, undefined, site), { headers: FEED_HEADERS });
