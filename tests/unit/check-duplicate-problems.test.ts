import { describe, expect, test } from 'vitest';
import type { CheckedFile, CheckInput } from '../../src/lib/check/check-input.ts';
import { duplicateProblems } from '../../src/lib/check/duplicate-problems.ts';

/** An entry file as the check reads it, with just the fields identity and ordering look at. */
function file(theme: string, slug: string, added: string, extra: Record<string, unknown> = {}): CheckedFile {
  const data = { slug, title: 'GatorTron: A Large Clinical Language Model', arxiv: '2203.03540', added, ...extra };
  const text = `---\n${Object.entries(data)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n')}\n---\n`;
  return { file: `content/papers/${theme}/${slug}.mdx`, path: `papers/${theme}/${slug}.mdx`, text, data };
}

const ledger = (...slugs: string[]): CheckInput['ledger'] => ({
  file: 'content/published-urls.txt',
  lines: slugs.map((slug, index) => ({ url: `/papers/${slug}/`, line: index + 1 })),
});

describe('duplicateProblems', () => {
  const original = file('clinical-nlp', 'gatortron', '2026-11-25');
  // A contributor's copy under a new slug, copied with the same `added` day: it sorts before the original by path.
  const copy = file('clinical-nlp', 'a-gatortron-copy', '2026-11-25');

  test.each([
    ['original first', [original, copy]],
    ['copy first', [copy, original]],
  ])('blames the copy that is not yet published, in either file order (%s)', (_, files) => {
    const problems = duplicateProblems({ files, ledger: ledger('gatortron') });
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe(copy.file);
    expect(problems[0].message).toContain('/papers/gatortron/');
    expect(problems[0].fix).toContain(`add what it has that is new (notes, authors, links) to ${original.file}`);
  });

  test('blames the entry added on a later day, even when it is the one published', () => {
    const later = file('clinical-nlp', 'zz-later', '2026-12-01');
    const problems = duplicateProblems({ files: [later, original], ledger: ledger('zz-later') });
    expect(problems.map((problem) => problem.file)).toEqual([later.file]);
  });

  test('when both are published on the same day, the URL that entered the append-only ledger later is blamed', () => {
    expect(
      duplicateProblems({ files: [copy, original], ledger: ledger('gatortron', 'a-gatortron-copy') }).map(
        (problem) => problem.file,
      ),
    ).toEqual([copy.file]);
    expect(
      duplicateProblems({ files: [copy, original], ledger: ledger('a-gatortron-copy', 'gatortron') }).map(
        (problem) => problem.file,
      ),
    ).toEqual([original.file]);
  });

  test('falls back to git history when neither is in the ledger: the later commit is blamed', () => {
    const firstCommit = (path: string) => (path === copy.path ? 2_000 : path === original.path ? 1_000 : undefined);
    const problems = duplicateProblems({ files: [copy, original], ledger: ledger(), firstCommit });
    expect(problems.map((problem) => problem.file)).toEqual([copy.file]);
  });

  test('an uncommitted file is newer than a committed one', () => {
    const firstCommit = (path: string) => (path === original.path ? 1_000 : undefined);
    const problems = duplicateProblems({ files: [copy, original], ledger: ledger(), firstCommit });
    expect(problems.map((problem) => problem.file)).toEqual([copy.file]);
  });

  test('matches by DOI too', () => {
    const a = file('imaging', 'alpha', '2026-11-25', { arxiv: '2501.00001', title: 'Alpha', doi: '10.1000/XYZ' });
    const b = file('imaging', 'beta', '2026-11-26', { arxiv: '2501.00002', title: 'Beta', doi: '10.1000/xyz' });
    const problems = duplicateProblems({ files: [b, a], ledger: ledger('alpha', 'beta') });
    expect(problems.map((problem) => [problem.file, problem.found])).toEqual([[b.file, 'doi: 10.1000/xyz']]);
  });

  test('reports nothing for different papers', () => {
    const other = file('imaging', 'other', '2026-11-25', { arxiv: '2501.09999', title: 'Another paper' });
    expect(duplicateProblems({ files: [original, other], ledger: ledger('gatortron', 'other') })).toEqual([]);
  });
});
