import { execFileSync } from 'node:child_process';
import type { CheckInput } from '../lib/check/check-input.ts';
import { readEntryFiles, readUrlLedger } from '../lib/content-tree/files.ts';

/**
 * Reads the content tree as `npm run check` and the build both judge it: every file under
 * `<content>/papers/` (a file that cannot be parsed is kept, with its diagnostic, so one bad file never
 * hides the others), the URL ledger (a missing one reads as empty), and, for telling duplicates apart,
 * when each file was first committed. Paths shown to people are relative to `cwd`.
 */
export async function readContentTree(contentDir: string, cwd = process.cwd()): Promise<CheckInput> {
  const files = await readEntryFiles(contentDir, cwd);
  const { file, lines } = readUrlLedger(contentDir, cwd);
  return { files, ledger: { file, lines }, firstCommit: gitFirstCommit(contentDir) };
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
    const out = execFileSync(
      'git',
      ['log', '--diff-filter=A', '--no-renames', '--format=%x00%ct', '--name-only', '--relative', '--', 'papers'],
      { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 },
    );
    for (const commit of out.split('\0').slice(1)) {
      const [time, ...paths] = commit.split('\n').filter(Boolean);
      for (const path of paths) seen.set(path, Math.min(seen.get(path) ?? Number.POSITIVE_INFINITY, Number(time)));
    }
  } catch {
    // Not a git checkout, or git is missing: no file has a first commit.
  }
  return seen;
}
