import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { paperPath } from '../lib/links.ts';
import { renderBody } from '../lib/restricted-mdx/render-body.ts';
import { searchRecordHtml } from '../lib/search-record.ts';
import { builtEntriesReader, type BuiltEntriesReader } from './read-entries.ts';

/**
 * Indexes the survey with Pagefind's Node API right after `astro build`, so a build alone yields a
 * searchable `dist/` and there is no second step to forget. The index is made from the entry data, not
 * by re-reading the built HTML: each published paper is handed to Pagefind as the small document its
 * page's indexed article would be (`searchRecordHtml`: the same text, weights, filters, sort and
 * metadata), so Pagefind never reads the 200 MB of pages a 10,000-paper build writes.
 */
export function pagefindIntegration(options: { contentDir?: string; entries?: BuiltEntriesReader } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  const entries = options.entries ?? builtEntriesReader();
  let root = process.cwd();
  let base = '/';
  return {
    name: 'survey-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:start': () => entries.reset(),
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        // In the order of their pages' paths, as Pagefind walks a directory, so the index is the one it made from the HTML.
        const papers = (await entries.read(join(root, contentDir), root)).filter((paper) => paper.data.status !== 'withdrawn').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const paper of papers) {
            // Only entries with a curator's body get notes, rendered as the content loader renders them.
            const notes = paper.body.trim() === '' ? undefined : renderBody(paper.body, { base }).html;
            const added = await index.addHTMLFile({ url: paperPath(paper.id), content: searchRecordHtml(paper.id, paper.data, notes) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${paper.id}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${papers.length} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
