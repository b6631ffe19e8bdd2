/**
 * `/search/terms.txt`: the words of the published papers' titles and abstracts, most widespread
 * first. The search page fetches it only when a search finds nothing, to suggest spellings that the
 * index knows; it is written once per build from the entries, not by re-reading pages.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../build-cache.ts';
import { termList } from '../../lib/search/term-list.ts';

/** Serves the term list as plain text, one word a line. */
export const GET: APIRoute = async () => {
  const { published } = await getSiteData();
  const body = termList(published.map(({ data }) => [data.title, data.abstract]));
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
