import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from './run-script.ts';

/**
 * The check fixtures. `base/` is a valid content directory (two entries and the URL ledger); every other
 * folder is a case that holds only what it changes: the files it replaces or adds, `omit.txt` naming the
 * base files it leaves out (one path a line), and `expected.txt`, every diagnostic `npm run check` prints.
 */
export const CHECK_FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');
const BASE = join(CHECK_FIXTURES, 'base');
/** Files that describe a case rather than belong to its content directory. */
const CASE_NOTES = new Set(['expected.txt', 'omit.txt']);

/** The names of the cases, sorted. */
export function checkCases(): string[] {
  const folders = readdirSync(CHECK_FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return folders
    .map((entry) => entry.name)
    .filter((name) => name !== 'base')
    .sort();
}

/** Writes case `name` as a content directory at `dir`: the base, less what it omits, with its files laid over. */
export function layOutCheckCase(name: string, dir: string): string {
  const source = join(CHECK_FIXTURES, name);
  cpSync(BASE, dir, { recursive: true });
  const omit = join(source, 'omit.txt');
  const omitted = existsSync(omit) ? readFileSync(omit, 'utf8').split('\n').filter(Boolean) : [];
  for (const path of omitted) rmSync(join(dir, path));
  cpSync(source, dir, { recursive: true, filter: (from) => !CASE_NOTES.has(relative(source, from)) });
  return dir;
}

/** Case `name` laid out in a new temporary folder, as `<tmp>/content/`; returns the temporary folder. */
export function checkCaseCopy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  layOutCheckCase(name, join(dir, 'content'));
  return dir;
}
