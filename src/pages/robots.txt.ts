/** `/robots.txt`: everything may be crawled; the sitemap lists the pages worth indexing. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links.ts';

/** Serves robots.txt with the sitemap's absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
