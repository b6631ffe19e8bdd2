import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseEntryFile } from '../lib/entry-file.ts';
import { bodyFirstLine } from '../lib/restricted-mdx/parse-body.ts';
import { renderBody } from '../lib/restricted-mdx/render-body.ts';

/**
 * Loads `content/papers/<theme>/<slug>.mdx` as data: the YAML frontmatter is the entry, and only a
 * non-empty body (the curator's commentary) is rendered, as Markdown plus the allow-listed elements
 * (`src/lib/restricted-mdx/`). Entry files are never compiled as MDX modules and nothing in a body is
 * evaluated, so no entry (digest text or a contributed body) can run code at build time or on the
 * page, even when `npm run check` was skipped; and the build does not bundle thousands of MDX modules.
 */
export function papersLoader(options: { base: string }): Loader {
  return {
    name: 'papers-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
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
        const rendered = body.trim() === '' ? undefined : renderNotes(text, body, filePath, config.base, logger);
        if (!store.set({ id, data, body, filePath, rendered, digest: generateDigest(text) })) {
          logger.warn(`${filePath}: slug "${id}" is used by another entry too; this one was skipped. Run npm run check.`);
        }
      }
      logger.info(`${files.length} entries loaded`);
    },
  };
}

/** Renders a body to safe HTML; whatever the policy refuses is left out of the page and logged. */
function renderNotes(text: string, body: string, filePath: string, base: string, logger: { warn: (message: string) => void }) {
  const { html, problems } = renderBody(body, { base });
  const offset = bodyFirstLine(text, body) - 1;
  for (const problem of problems) logger.warn(`${filePath}:${problem.line + offset}: ${problem.message} (left out: the page shows only the safe Markdown). Run npm run check.`);
  return { html, metadata: { headings: [], imagePaths: [] } };
}
