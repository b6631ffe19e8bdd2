import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkTree } from '../lib/check/check-tree.ts';
import { bodyFirstLine } from '../lib/restricted-mdx/parse-body.ts';
import { renderBody } from '../lib/restricted-mdx/render-body.ts';
import { BuildCheckError } from './build-check-error.ts';
import { readContentTree } from './read-content-tree.ts';

/**
 * Loads `content/papers/<theme>/<slug>.mdx` as data: the YAML frontmatter is the entry, and only a
 * non-empty body (the curator's commentary) is rendered, as Markdown plus the allow-listed elements
 * (`src/lib/restricted-mdx/`). Entry files are never compiled as MDX modules and nothing in a body is
 * evaluated, so no entry (digest text or a contributed body) can run code at build time or on the
 * page, even when `npm run check` was skipped; and the build does not bundle thousands of MDX modules.
 *
 * Before loading anything it judges the tree as `npm run check` does (schema, paths, duplicates, the
 * ledger, commentary): any error stops the build with every problem in the check's own words.
 */
export function papersLoader(options: { base: string }): Loader {
  return {
    name: 'papers-loader',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const root = fileURLToPath(config.root);
      const contentDir = join(root, options.base, '..');
      const tree = await readContentTree(contentDir, root);
      const { errors } = checkTree(tree, { reviewWarnings: false, ledgerListsEveryEntry: false });
      if (errors.length > 0) throw new BuildCheckError(errors);
      store.clear();
      for (const file of tree.files) {
        const raw = file.data!;
        const id = String(raw.slug);
        const data = await parseData({ id, data: raw, filePath: file.file });
        const body = file.body ?? '';
        const rendered = body.trim() === '' ? undefined : renderNotes(file.text, body, file.file, config.base);
        store.set({
          id,
          data,
          body,
          filePath: relative(root, join(contentDir, file.path)),
          rendered,
          digest: generateDigest(file.text),
        });
      }
      logger.info(`${tree.files.length} entries loaded and checked`);
    },
  };
}

/** Renders a body to safe HTML; the check above has already refused anything the policy leaves out. */
function renderNotes(text: string, body: string, filePath: string, base: string) {
  const { html, problems } = renderBody(body, { base });
  // The check refuses what renderBody would drop; should they ever disagree, fail rather than drop text.
  if (problems.length > 0) {
    const offset = bodyFirstLine(text, body) - 1;
    throw new BuildCheckError(
      problems.map((problem) => ({
        severity: 'error',
        file: filePath,
        line: problem.line + offset,
        message: problem.message,
        fix: 'keep commentary to Markdown and the allowed elements (CONTRIBUTING.md)',
      })),
    );
  }
  return { html, metadata: { headings: [], imagePaths: [] } };
}
