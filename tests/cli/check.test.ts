import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../build/helpers/build-site.ts';
import { checkCaseCopy } from '../helpers/check-fixtures.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';

const check = (cwd: string) => runScript('scripts/check.ts', ['--content', 'content'], { cwd });

/** A temporary folder holding a copy of the repository's content (or of a fixture) as `content/`. */
function contentCopy(from = join(PROJECT_ROOT, 'content')): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  cpSync(from, join(dir, 'content'), { recursive: true });
  return dir;
}

/** A copy of the real content with extra entry files laid over `papers/`. */
function contentWith(extraPapers: string): string {
  const dir = contentCopy();
  cpSync(extraPapers, join(dir, 'content/papers'), { recursive: true });
  return dir;
}

describe('npm run check', () => {
  test('passes on the repository as it is', () => {
    const run = runScript('scripts/check.ts', [], { cwd: PROJECT_ROOT });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ entries checked: 0 errors, \d+ warnings?\. All good\./);
  });

  test('reports every problem at once, each with file, line, expected and fix, and exits 1', () => {
    const run = check(checkCaseCopy('many-problems'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "content/papers/imaging/alpha-net.mdx:17: error: `import` is not allowed in an entry's commentary",
    );
    expect(run.stderr).toContain('content/papers/imaging/alpha-net.mdx:8: error: "date.value" is not a valid date');
    expect(run.stderr).toContain(
      'content/published-urls.txt:2: error: the published URL /papers/deleted-paper/ no longer resolves',
    );
    expect(run.stderr).toContain('  fix:      ');
    expect(run.stderr).toContain(
      '2 entries checked: 8 errors, 0 warnings. Fix the errors above and run npm run check again.',
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('refuses a copy of an existing entry under a new slug as a duplicate, naming both files', () => {
    const dir = contentCopy();
    const original = readFileSync(join(dir, 'content/papers/clinical-nlp/gatortron.mdx'), 'utf8');
    writeFileSync(
      join(dir, 'content/papers/clinical-nlp/gatortron-copy.mdx'),
      original.replace('slug: gatortron\n', 'slug: gatortron-copy\n'),
    );
    appendFileSync(join(dir, 'content/published-urls.txt'), '/papers/gatortron-copy/\n');
    const run = check(dir);
    expect(run.status).toBe(1);
    // The entries carry arXiv ids since the export was merged: the strongest key, the arXiv id, is the one named.
    // The copy is blamed (its URL entered the ledger later), though its path sorts first, and the original's URL is named.
    expect(run.stderr).toMatch(
      /content\/papers\/clinical-nlp\/gatortron-copy\.mdx:\d+: error: this paper is already in the survey at \/papers\/gatortron\/ \(content\/papers\/clinical-nlp\/gatortron\.mdx, added first\): both have the arXiv id 2203\.03540/,
    );
    expect(run.stderr).toContain('1 error,');
  });

  test('refuses a second entry with the same DOI, however the DOI is cased', () => {
    const dir = contentCopy();
    const original = readFileSync(join(dir, 'content/papers/clinical-nlp/gatortron.mdx'), 'utf8');
    const other = original
      .replace('slug: gatortron\n', 'slug: gatortron-doi\n')
      .replace(/^arxiv: .*\n/m, '')
      .replace(/^ {2}arxiv: export\n/m, '')
      .replace(/^title: .*$/m, 'title: Another title');
    writeFileSync(
      join(dir, 'content/papers/clinical-nlp/gatortron-doi.mdx'),
      other.replace('10.1038/s41746-022-00742-2', '10.1038/S41746-022-00742-2'),
    );
    appendFileSync(join(dir, 'content/published-urls.txt'), '/papers/gatortron-doi/\n');
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /gatortron-doi\.mdx:\d+: error: this paper is already in the survey at \/papers\/gatortron\/ .*both have the DOI 10\.1038\/s41746-022-00742-2/i,
    );
    expect(run.stderr).toContain('1 error,');
  });

  test('fails, naming the URL, when an entry is deleted', () => {
    const dir = contentCopy();
    rmSync(join(dir, 'content/papers/clinical-nlp/gatortron.mdx'));
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /content\/published-urls\.txt:\d+: error: the published URL \/papers\/gatortron\/ no longer resolves to a page or a redirect/,
    );
  });
});

describe('an entry whose commentary tries to run code', () => {
  // tests/fixtures/check/unsafe-body: `import fs`, `{fs.readFileSync(…)}` of a secret file beside it,
  // `{fs.writeFileSync('code-ran.txt')}` and a <script>, laid over a copy of the real entries.
  const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/check/unsafe-body');
  let site: BuiltSite | undefined;
  afterAll(() => site?.cleanup());

  test('is refused by check and by the build, naming the file and line; the failed build ran none of it', async () => {
    let ran: boolean | undefined;
    const failure = await buildSite({
      base: '/survey/',
      extraPapers: join(FIXTURE, 'papers'),
      afterFailure: async (root) => void (ran = existsSync(join(root, 'code-ran.txt'))),
    }).then(
      async (built) => {
        site = built;
        return undefined;
      },
      (error: Error) => error.message,
    );
    expect(failure, 'the build refuses a body with code').toBeDefined();
    expect(ran, 'the build ran an expression from the body').toBe(false);
    const file = 'content/papers/clinical-nlp/fixture-unsafe-notes.mdx';
    for (const output of [failure!, check(contentWith(join(FIXTURE, 'papers'))).stderr]) {
      expect(output).toContain(`${file}:16: error: \`import\` is not allowed in an entry's commentary`);
      expect(output).toContain(`${file}:20: error: a JavaScript expression {…} is not allowed`);
      expect(output).toContain(`${file}:22: error: a JavaScript expression {…} is not allowed`);
      expect(output).toContain(`${file}:24: error: raw <script> is not allowed`);
      expect(output, 'no output of the code').not.toContain('SECRET-7f3a9c');
    }
  }, 300_000);
});
