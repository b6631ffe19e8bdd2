/** `/changes.xml`: an Atom feed of what was added, retitled, moved to another theme or withdrawn. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links.ts';
import { getChanges } from '../build-cache.ts';
import { surveyInfoAt } from '../lib/survey-info.ts';
import { changesToAtomFeed } from '../lib/changes/changes-feed.ts';

/** Serves the feed, which links to itself and to the changes page by their absolute URLs. */
export const GET: APIRoute = async ({ site }) => {
  const feed = changesToAtomFeed(await getChanges(), surveyInfoAt(site), {
    selfUrl: absoluteUrl('/changes.xml', site),
    pageUrl: absoluteUrl('/changes/', site),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
