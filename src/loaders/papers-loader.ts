import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseEntryFile } from '../lib/entry-file.ts';

/**
 * Loads `content/papers/<theme>/<slug>.mdx` as data: the YAML frontmatter is the entry, and only a
 * non-empty body (the curator's commentary) is rendered, as Markdown. Entry files are never compiled
 * as MDX modules, so nothing in an entry (digest text or a contributed body) can run at build time,
 * and the build does not pay to bundle thousands of empty MDX modules.
 */
export function papersLoader(options: { base: string }): Loader {
  return {
    name: 'papers-loader',
    load: async ({ store, parseData, renderMarkdown, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const base = join(root, options.base);
      const files: string[] = [];
      for await (const file of glob('**/*.{md,mdx}', { cwd: base })) files.push(file);
      files.sort();
      store.clear();
      for (const file of files) {
        const filePath = relative(root, join(base, file));
        const text = await readFile(join(base, file), 'utf8');
        const { data: raw, body } = parseEntryFile(text, filePath);
        const id = typeof (raw as { slug?: unknown })?.slug === 'string' ? (raw as { slug: string }).slug : file.replace(/\.mdx?$/, '');
        const data = await parseData({ id, data: raw as Record<string, unknown>, filePath });
        const rendered = body.trim() === '' ? undefined : await renderMarkdown(body);
        if (!store.set({ id, data, body, filePath, rendered, digest: generateDigest(text) })) {
          logger.warn(`${filePath}: slug "${id}" is used by another entry too; this one was skipped. Run npm run check.`);
        }
      }
      logger.info(`${files.length} entries loaded`);
    },
  };
}
