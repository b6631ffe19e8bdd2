import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkTree } from '../../src/lib/check/check-tree.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { readContentTree } from '../../src/loaders/read-content-tree.ts';
import { CHECK_FIXTURES, checkCases, layOutCheckCase } from '../helpers/check-fixtures.ts';

// Each case is a content directory (papers/, published-urls.txt) with one kind of problem: the shared base
// with the case's own files laid over it (see tests/helpers/check-fixtures.ts), and expected.txt: every
// diagnostic `npm run check` prints for it, with paths shown as under content/.
// After a deliberate change of wording, UPDATE_EXPECTED=1 npx vitest run <this file> rewrites them: review the diff.
const FIXTURES = CHECK_FIXTURES;
const CASES = checkCases();
const CLEAN = new Set(['valid', 'review-queue']);

// Laid out once per case, in a temporary folder, removed when the file's tests are done.
const laidOut = new Map<string, string>();
afterAll(() => {
  for (const dir of laidOut.values()) rmSync(dir, { recursive: true, force: true });
});

function caseDir(name: string): string {
  let dir = laidOut.get(name);
  if (!dir) laidOut.set(name, (dir = layOutCheckCase(name, mkdtempSync(join(tmpdir(), `check-${name}-`)))));
  return dir;
}

async function report(name: string) {
  const dir = caseDir(name);
  const result = checkTree(await readContentTree(dir));
  const shown = `${relative(process.cwd(), dir)}/`;
  const text = [...result.errors, ...result.warnings]
    .map((d) => `${formatDiagnostic(d)}\n`)
    .join('')
    .replaceAll(shown, 'content/');
  return { ...result, text };
}

describe('checkTree on fixture folders', () => {
  test('has a failing fixture for each kind of problem', () => {
    for (const kind of ['schema-', 'path-', 'duplicate-', 'ledger-', 'link-', 'mdx-', 'malformed-', 'review-queue']) {
      expect(
        CASES.some((name) => name.startsWith(kind)),
        `a fixture named ${kind}…`,
      ).toBe(true);
    }
  });

  test.each(CASES)('%s: reports exactly the expected diagnostics', async (name) => {
    const { errors, warnings, text } = await report(name);
    if (process.env.UPDATE_EXPECTED) writeFileSync(join(FIXTURES, name, 'expected.txt'), text);
    expect(text).toBe(readFileSync(join(FIXTURES, name, 'expected.txt'), 'utf8'));
    if (CLEAN.has(name)) expect(errors).toEqual([]);
    else expect(errors.length, `${name} must fail the check`).toBeGreaterThan(0);
    if (name === 'review-queue') expect(warnings).toHaveLength(1);
  });

  test('every error names the file, a line or field, and how to fix it', async () => {
    for (const name of CASES.filter((name) => !CLEAN.has(name))) {
      for (const error of (await report(name)).errors) {
        expect(error.file, `${name}: ${error.message}`).toMatch(/\.(mdx|txt)$/);
        expect(error.fix, `${name}: ${error.message}`).toBeTruthy();
      }
    }
  });

  test('reports every problem at once, across files and kinds', async () => {
    const { errors } = await report('many-problems');
    expect(new Set(errors.map((error) => error.file)).size).toBe(3);
    expect(errors.map((error) => error.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('not a valid date'),
        expect.stringContaining('"theme" is not one of'),
        expect.stringContaining('`import`'),
        expect.stringContaining('raw <script>'),
        expect.stringContaining('/papers/medbench/'),
        expect.stringContaining('/papers/deleted-paper/'),
        expect.stringContaining('not in the URL ledger'),
      ]),
    );
  });
});
