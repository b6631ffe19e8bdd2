import { cpSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { listEntryFiles, readEntryFile } from '../lib/content-tree/files.ts';
import { entryFileSlug } from '../lib/content-tree/layout.ts';
import { paperPath } from '../lib/links.ts';
import { renderBody } from '../lib/restricted-mdx/render-body.ts';
import { searchRecordHtml } from '../lib/search-record.ts';
import { EntrySchema, type Entry } from '../lib/schema.ts';

/**
 * Indexes the survey with Pagefind's Node API during `astro build`, so a build alone yields a
 * searchable `dist/` and there is no second step to forget. The index is made from the entry data, not
 * by re-reading the built HTML: each published paper is handed to Pagefind as the small document its
 * page's indexed article would be (`searchRecordHtml`: the same text, weights, filters, sort and
 * metadata), so Pagefind never reads the 200 MB of pages a 10,000-paper build writes.
 *
 * Because it needs no built page, the index is made first, while Astro's process is still small, and
 * Pagefind's process has exited before Astro syncs the content and renders: at 10,000 papers Pagefind
 * holds ~1.2 GB, which beside Astro's own memory made the build's peak (2.6 GB when it ran at the end,
 * 2.1 GB at `astro:build:start`). The files wait in Astro's cache folder and move into `dist/pagefind`
 * when the build is done. A tree the loader will refuse is not indexed first; the build stops anyway.
 * Entries are read one at a time here, not through the shared reader: this process should hold as
 * little as it can while Pagefind runs.
 */
export function pagefindIntegration(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  let base = '/';
  let staging = '';
  let indexed: Promise<string | undefined> = Promise.resolve(undefined);

  /** Indexes the published papers into `staging`; says what it did, or undefined when the tree has errors. */
  async function writeIndex(): Promise<string | undefined> {
    const started = performance.now();
    rmSync(staging, { recursive: true, force: true });
    let count = 0;
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // One entry at a time, so the build's process never holds the whole survey while Pagefind runs.
      for await (const paper of publishedPapers(join(root, contentDir))) {
        if (paper === undefined) return undefined;
        // Only entries with a curator's body get notes, rendered as the content loader renders them.
        const notes = paper.body.trim() === '' ? undefined : renderBody(paper.body, { base }).html;
        const added = await index.addHTMLFile({
          url: paperPath(paper.id),
          content: searchRecordHtml(paper.id, paper.data, notes),
        });
        if (added.errors.length > 0)
          throw new Error(`Pagefind could not index ${paper.id}: ${added.errors.join('; ')}`);
        count += 1;
      }
      const written = await index.writeFiles({ outputPath: staging });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    } finally {
      await pagefind.close();
    }
    return `indexed ${count} pages in ${Math.round(performance.now() - started)} ms`;
  }

  return {
    name: 'survey-pagefind',
    hooks: {
      'astro:config:setup': async ({ config, command }) => {
        root = fileURLToPath(config.root);
        base = config.base;
        staging = join(fileURLToPath(config.cacheDir), 'pagefind-index');
        if (command !== 'build') return;
        indexed = writeIndex();
        // Waited for here, so Pagefind's process is gone before the content sync and the render.
        await indexed;
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A tree that had errors when the build began cannot reach this point unindexed: index it now.
        const said = (await indexed) ?? (await writeIndex());
        if (said === undefined) throw new Error('the entries could not be read for the search index');
        const target = join(fileURLToPath(dir), 'pagefind');
        rmSync(target, { recursive: true, force: true });
        try {
          renameSync(staging, target);
        } catch {
          // Another file system (a cache folder elsewhere): copy instead.
          cpSync(staging, target, { recursive: true });
          rmSync(staging, { recursive: true, force: true });
        }
        logger.info(said);
      },
    },
  };
}

/**
 * The published papers of `<contentDir>/papers/`, read and parsed one file at a time, in the order of
 * their pages' paths (by slug), as Pagefind walks a built site, so the index is the one it made from the
 * HTML. Yields undefined and stops at the first file the loader would refuse: that build stops anyway.
 */
async function* publishedPapers(
  contentDir: string,
): AsyncGenerator<{ id: string; data: Entry; body: string } | undefined> {
  const slugOf = entryFileSlug;
  const paths = await listEntryFiles(contentDir);
  paths.sort((a, b) => (slugOf(a) < slugOf(b) ? -1 : slugOf(a) > slugOf(b) ? 1 : 0));
  for (const path of paths) {
    const parsed = (() => {
      try {
        const { data, body, error } = readEntryFile(contentDir, path);
        if (error) return undefined;
        const entry = EntrySchema.safeParse(data);
        return entry.success && entry.data.slug === slugOf(path)
          ? { id: entry.data.slug, data: entry.data, body: body ?? '' }
          : undefined;
      } catch {
        return undefined;
      }
    })();
    if (parsed === undefined) {
      yield undefined;
      return;
    }
    if (parsed.data.status !== 'withdrawn') yield parsed;
  }
}
