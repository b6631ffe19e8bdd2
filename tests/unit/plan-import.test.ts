import { describe, expect, test } from 'vitest';
import type { DigestPaper } from '../../src/lib/paper.ts';
import { planImport } from '../../src/lib/plan-import.ts';
import { EntrySchema } from '../../src/lib/schema.ts';

const paper = (title: string, extra: Partial<DigestPaper> = {}): DigestPaper => ({
  title,
  abstract: `Abstract of ${title}, about clinical notes and language models.`,
  authorsCount: 3,
  date: { precision: 'day', value: '2025-03-28' },
  line: 1,
  ...extra,
});

describe('planImport', () => {
  test('adds new papers as valid entries with slug, theme, reason and provenance', () => {
    const plan = planImport(
      [],
      [{ file: 'content/digests/a.txt', papers: [paper('GatorTron: A Model', { line: 7, arxiv: '2203.03540' })] }],
      '2026-11-25',
    );
    expect(plan.added).toHaveLength(1);
    const entry = EntrySchema.parse(plan.added[0]);
    expect(entry).toMatchObject({
      slug: 'gatortron',
      title: 'GatorTron: A Model',
      arxiv: '2203.03540',
      added: '2026-11-25',
      provenance: { digest: 'content/digests/a.txt', line: 7, title: 'GatorTron: A Model' },
      themeReason: { source: 'importer' },
    });
  });

  test('reports a paper seen twice in the input as a duplicate, by arXiv id or by title', () => {
    const plan = planImport(
      [],
      [
        { file: 'a.txt', papers: [paper('One', { arxiv: '2501.00001', line: 1 }), paper('Two', { line: 9 })] },
        {
          file: 'b.txt',
          papers: [paper('One (v2 title)', { arxiv: '2501.00001', line: 3 }), paper('  two ', { line: 5 })],
        },
      ],
      '2026-11-25',
    );
    expect(plan.added.map((entry) => entry.title)).toEqual(['One', 'Two']);
    expect(plan.duplicates).toEqual([
      { file: 'b.txt', line: 3, title: 'One (v2 title)', matches: 'a.txt:1', by: 'arxiv' },
      { file: 'b.txt', line: 5, title: '  two ', matches: 'a.txt:9', by: 'title' },
    ]);
  });

  test('leaves existing entries alone, also when a curator retitled them', () => {
    const existing = [{ file: 'x.mdx', slug: 'one', title: 'A Better Title', provenance: { title: 'One' } }];
    const plan = planImport(existing, [{ file: 'a.txt', papers: [paper('One'), paper('Three')] }], '2026-11-25');
    expect(plan.leftAlone).toEqual([{ file: 'a.txt', line: 1, title: 'One', matches: 'one', by: 'title' }]);
    expect(plan.added.map((entry) => entry.slug)).toEqual(['three']);
  });

  test('never reuses a slug or alias already in the survey', () => {
    const existing = [{ file: 'x.mdx', slug: 'three', title: 'Other', aliases: ['three-2'] }];
    const plan = planImport(existing, [{ file: 'a.txt', papers: [paper('Three')] }], '2026-11-25');
    expect(plan.added[0].slug).toBe('three-3');
  });
});
