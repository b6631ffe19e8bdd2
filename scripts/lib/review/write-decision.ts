import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { entryFile } from '../../../src/lib/content-tree/layout.ts';
import { reviseEntryText, type ReviewDecision } from '../../../src/lib/review/revise-entry.ts';
import { writeFilesAtomically } from '../write-atomic.ts';

/**
 * Writes one decision to its entry file at once, atomically, so that quitting the review at any
 * point loses nothing already answered. A new primary theme moves the file to `papers/<theme>/`
 * (the URL has no theme in it, so nothing published changes): the new file is in place before the
 * old one is removed, so an interruption can leave a duplicate for `npm run check` to name, never a
 * lost entry. Returns the path written, relative to the working directory.
 */
export function writeDecision(
  contentDir: string,
  file: { path: string; slug: string },
  decision: ReviewDecision,
  today: string,
): string {
  const from = join(contentDir, file.path);
  const to = join(contentDir, entryFile(decision.theme, file.slug));
  const text = reviseEntryText(readFileSync(from, 'utf8'), decision, today);
  writeFilesAtomically([{ path: to, content: text }]);
  if (to !== from) rmSync(from);
  return relative(process.cwd(), to) || to;
}

/** The folder an entry file sits in: its primary theme. */
export function themeFolder(path: string): string {
  return dirname(path).split('/').at(-1) ?? '';
}
