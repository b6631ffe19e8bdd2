import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pathToBuiltFile } from '../lib/routes.ts';

// A page that asks not to be indexed (an alias's redirect, a withdrawn entry) says so in its own head.
const NOINDEX = /<meta name="robots" content="[^"]*noindex/;

/**
 * The official sitemap (`/sitemap-index.xml`), listing the HTML pages worth indexing: not the exports
 * (`.bib`, `.json`, the feed), and not the pages that carry `noindex`. The page itself is the one
 * judge of that, so nothing here repeats which entries are withdrawn or which slugs are aliases.
 * Returns two integrations: one learns where the build writes, the other is `@astrojs/sitemap`.
 */
export function sitemapIntegrations(): AstroIntegration[] {
  let outDir = '';
  let base = '/';
  const locate: AstroIntegration = {
    name: 'survey-sitemap-locate',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
    },
  };
  const indexable = (url: string): boolean => {
    const path = new URL(url).pathname;
    if (!path.endsWith('/') || !path.startsWith(base)) return false;
    const file = join(outDir, pathToBuiltFile(path.slice(base.length - 1)));
    return existsSync(file) && !NOINDEX.test(readFileSync(file, 'utf8'));
  };
  return [locate, sitemap({ filter: indexable })];
}
