import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTree } from '../../src/lib/check/check-tree.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { readContentTree } from '../../src/loaders/read-content-tree.ts';
import { PROJECT_ROOT } from '../helpers/run-script.ts';

// Each folder is a content directory (papers/, published-urls.txt) with one kind of problem, and
// expected.txt: every diagnostic `npm run check` prints for it, with paths shown as under content/.
// After a deliberate change of wording, UPDATE_EXPECTED=1 npx vitest run <this file> rewrites them: review the diff.
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/check');
const CASES = readdirSync(FIXTURES).sort();
const CLEAN = new Set(['valid', 'review-queue']);

async function report(name: string) {
  const dir = join(FIXTURES, name);
  const result = checkTree(await readContentTree(dir));
  const shown = `${relative(process.cwd(), dir)}/`;
  const text = [...result.errors, ...result.warnings].map((d) => `${formatDiagnostic(d)}\n`).join('').replaceAll(shown, 'content/');
  return { ...result, text };
}

describe('checkTree on fixture folders', () => {
  test('has a failing fixture for each kind of problem', () => {
    for (const kind of ['schema-', 'path-', 'duplicate-', 'ledger-', 'link-', 'mdx-', 'malformed-', 'review-queue']) {
      expect(CASES.some((name) => name.startsWith(kind)), `a fixture named ${kind}…`).toBe(true);
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
      expect.arrayContaining([expect.stringContaining('not a valid date'), expect.stringContaining('"theme" is not one of'), expect.stringContaining('`import`'), expect.stringContaining('raw <script>'), expect.stringContaining('/papers/medbench/'), expect.stringContaining('/papers/deleted-paper/'), expect.stringContaining('not in the URL ledger')]),
    );
  });
});
