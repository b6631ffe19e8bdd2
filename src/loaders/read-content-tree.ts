import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CheckedFile, CheckInput, LedgerLine } from '../lib/check/check-input.ts';
import { EntryFileError, parseEntryFile } from '../lib/entry-file.ts';
import { LEDGER_FILE, parseLedger } from '../lib/ledger.ts';

/**
 * Reads the content tree as `npm run check` and the build both judge it: every file under
 * `<content>/papers/` (a file that cannot be parsed is kept, with its diagnostic, so one bad file never
 * hides the others), the URL ledger, and, for telling duplicates apart, when each file was first
 * committed. Paths shown to people are relative to `cwd`.
 */
export async function readContentTree(contentDir: string, cwd = process.cwd()): Promise<CheckInput> {
  const paths: string[] = [];
  for await (const path of glob('papers/**/*.{md,mdx}', { cwd: contentDir })) paths.push(path.split('\\').join('/'));
  paths.sort();
  // One file at a time: reading them all at once opened one descriptor per entry, and at 30,000 entries
  // that passed the process's limit (EMFILE). Small local files read synchronously just as fast.
  const files = paths.map((path) => readEntry(contentDir, path, cwd));
  return { files, ledger: await readLedgerLines(contentDir, cwd), firstCommit: gitFirstCommit(contentDir) };
}

function readEntry(contentDir: string, path: string, cwd: string): CheckedFile {
  const full = join(contentDir, path);
  const file = relative(cwd, full) || full;
  const text = readFileSync(full, 'utf8');
  try {
    const { data, body } = parseEntryFile(text, file);
    const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
    if (!isObject) {
      return { file, path, text, error: { severity: 'error', file, line: 1, message: 'the frontmatter holds no fields', expected: 'YAML fields such as title: "…"', fix: 'copy the fields of an existing entry, or run npm run new' } };
    }
    return { file, path, text, data: data as Record<string, unknown>, body };
  } catch (error) {
    if (error instanceof EntryFileError) return { file, path, text, error: error.diagnostic };
    throw error;
  }
}

/** The ledger's URLs with their line numbers, read line by line with the ledger's own parser. */
async function readLedgerLines(contentDir: string, cwd: string): Promise<{ file: string; lines: LedgerLine[] }> {
  const path = join(contentDir, LEDGER_FILE);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const lines = text.split('\n').flatMap((line, index) => parseLedger(line).map((url) => ({ url, line: index + 1 })));
  return { file: relative(cwd, path) || path, lines };
}

/**
 * When git first saw a file under the content directory (seconds since the epoch), asked lazily: only
 * duplicates added on the same day need it. Undefined when the file is not committed, or when the tree
 * is not a git checkout (a copy, a tarball): then the other rules decide. The first question asks git
 * once for the whole tree (one `git log`, not one per file: sorting 10,000 entries added the same day
 * asked for every file, and 10,000 git processes took minutes).
 */
function gitFirstCommit(contentDir: string): (path: string) => number | undefined {
  let firstSeen: Map<string, number> | undefined;
  return (path) => {
    firstSeen ??= firstCommits(contentDir);
    return firstSeen.get(path);
  };
}

/** Each file's earliest commit that added it at its path, for every file git ever added under `papers/`. */
function firstCommits(contentDir: string): Map<string, number> {
  const seen = new Map<string, number>();
  try {
    // --no-renames: a file renamed within papers/ counts as added at its new path, as a one-path log shows it.
    const out = execFileSync('git', ['log', '--diff-filter=A', '--no-renames', '--format=%x00%ct', '--name-only', '--relative', '--', 'papers'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
    for (const commit of out.split('\0').slice(1)) {
      const [time, ...paths] = commit.split('\n').filter(Boolean);
      for (const path of paths) seen.set(path, Math.min(seen.get(path) ?? Number.POSITIVE_INFINITY, Number(time)));
    }
  } catch {
    // Not a git checkout, or git is missing: no file has a first commit.
  }
  return seen;
}
