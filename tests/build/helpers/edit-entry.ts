import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseDocument } from 'yaml';

/** The entry file of a slug in a project copy: `content/papers/<theme>/<slug>.mdx`. */
export function entryFile(root: string, theme: string, slug: string): string {
  return join(root, 'content/papers', theme, `${slug}.mdx`);
}

/**
 * Renames an entry's slug the way a curator does: a new `slug`, the old one added to `aliases` when
 * `keepAlias` (the right way), and the file moved to match. The frontmatter is edited as YAML.
 */
export async function renameEntry(
  root: string,
  theme: string,
  from: string,
  to: string,
  options: { keepAlias: boolean },
): Promise<void> {
  const file = entryFile(root, theme, from);
  const text = await readFile(file, 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
  const doc = parseDocument(frontmatter);
  doc.set('slug', to);
  if (options.keepAlias) doc.set('aliases', [from]);
  await writeFile(file, `---\n${String(doc)}---\n${body}`);
  await rename(file, join(dirname(file), `${to}.mdx`));
}

/** Deletes an entry's file, as a curator should never do (withdraw it instead). */
export function deleteEntry(root: string, theme: string, slug: string): Promise<void> {
  return rm(entryFile(root, theme, slug));
}
