import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { buildSite } from './helpers/build-site.ts';
import { deleteEntry, entryFile } from './helpers/edit-entry.ts';

/** Builds a broken copy of the survey and returns what the failed build printed. */
async function failedBuild(prepare: (root: string) => Promise<void>): Promise<string> {
  const outcome = await buildSite({ prepare }).then(
    async (site) => {
      await site.cleanup();
      return undefined;
    },
    (failure: Error) => failure.message,
  );
  if (outcome === undefined) throw new Error('the build passed, but the tree was broken');
  return outcome;
}

/** Rewrites one entry file of a project copy. */
async function editEntry(root: string, theme: string, slug: string, edit: (text: string) => string): Promise<void> {
  const file = entryFile(root, theme, slug);
  await writeFile(file, edit(await readFile(file, 'utf8')));
}

/** What every message about broken content must be: the file and line, the fix, and no stack trace. */
function expectReadable(output: string, where: RegExp): void {
  expect(output).toMatch(where);
  expect(output).toMatch(/\n {2}fix: {6}\S/);
  expect(output, 'no stack trace for bad input').not.toMatch(/Stack trace|^\s+at .*\.(ts|js|mjs):\d+/m);
  expect(output, 'no unhandled-hook wrapper').not.toContain('An unhandled error occurred');
}

// Contributors meet the build in PR CI, where `npm run check` may not have run first: each broken
// tree fails the real `astro build` with the check's own words.
describe('astro build on a broken tree', () => {
  test('a missing field names the file, the field and the fix', async () => {
    const output = await failedBuild((root) =>
      editEntry(root, 'clinical-nlp', 'gatortron', (text) => text.replace(/^abstract: .*\n/m, '')),
    );
    expectReadable(output, /content\/papers\/clinical-nlp\/gatortron\.mdx:1: error: the field "abstract" is missing/);
    expect(output).not.toContain('abstract**');
  });

  test('bad YAML names the entry file and line, not the parser', async () => {
    const output = await failedBuild((root) =>
      editEntry(root, 'clinical-nlp', 'gatortron', (text) => text.replace(/^ {2}precision: day$/m, '\tprecision: day')),
    );
    expectReadable(
      output,
      /content\/papers\/clinical-nlp\/gatortron\.mdx:\d+: error: the frontmatter is not valid YAML/,
    );
    expect(output).toContain('indent with spaces, never tabs');
    expect(output).not.toContain('entry-file.ts');
  });

  test.each(['a-gatortron-copy', 'zz-gatortron-copy'])(
    'a duplicate fails the build and blames the copy %s, in either file order',
    async (copy) => {
      const output = await failedBuild(async (root) => {
        await copyFile(entryFile(root, 'clinical-nlp', 'gatortron'), entryFile(root, 'clinical-nlp', copy));
        await editEntry(root, 'clinical-nlp', copy, (text) => text.replace(/^slug: gatortron$/m, `slug: ${copy}`));
      });
      expectReadable(
        output,
        new RegExp(
          `content/papers/clinical-nlp/${copy}\\.mdx:\\d+: error: this paper is already in the survey at /papers/gatortron/`,
        ),
      );
      expect(output).not.toMatch(/gatortron\.mdx:\d+: error/);
    },
  );

  test('a deleted entry fails the build, naming the ledger line of its URL', async () => {
    const output = await failedBuild((root) => deleteEntry(root, 'clinical-nlp', 'gatortron'));
    expectReadable(
      output,
      /content\/published-urls\.txt:\d+: error: the published URL \/papers\/gatortron\/ no longer resolves/,
    );
  });

  test('a script in a body is an error, not a warning lost in the log', async () => {
    const output = await failedBuild((root) =>
      editEntry(root, 'clinical-nlp', 'gatortron', (text) => `${text}\nA note.\n\n<script>alert(1)</script>\n`),
    );
    expectReadable(output, /content\/papers\/clinical-nlp\/gatortron\.mdx:\d+: error: raw <script> is not allowed/);
  });
});
