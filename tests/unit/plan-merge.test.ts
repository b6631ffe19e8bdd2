import { classifyPaper } from '../../src/lib/classify.ts';
import { describe, expect, test } from 'vitest';
import { planMerge, type RecordsInput } from '../../src/lib/merge/plan-merge.ts';
import type { IncomingPaper } from '../../src/lib/merge/merge-paper.ts';
import { EntrySchema, type Entry, type EntryInput } from '../../src/lib/schema.ts';

function entry(overrides: Partial<EntryInput> = {}): Entry {
  return EntrySchema.parse({
    slug: 'gatortron',
    title: 'GatorTron: A Large Clinical Language Model',
    abstract: 'We train a large clinical language model.',
    date: { precision: 'day', value: '2022-02-02' },
    theme: 'clinical-nlp',
    themeReason: { source: 'importer' },
    added: '2026-11-25',
    sources: { title: 'digest', abstract: 'digest', date: 'digest' },
    provenance: { digest: 'content/digests/a.txt', line: 3, title: 'GatorTron: A Large Clinical Language Model' },
    ...overrides,
  });
}

const input = (
  records: Array<{ paper: IncomingPaper; line?: number }>,
  source: RecordsInput['source'] = 'export',
): RecordsInput => ({
  file: 'refs.bib',
  source,
  records: records.map((record, index) => ({ line: record.line ?? index + 1, ...record })),
});

const authors = [{ family: 'Yang', given: 'Xi' }];

describe('planMerge', () => {
  test('fills an entry matched by title, and reports nothing else', () => {
    const plan = planMerge(
      [entry()],
      [input([{ paper: { title: '{GatorTron} -- a large clinical language model', authors, arxiv: '2203.03540' } }])],
      '2026-12-01',
    );
    expect(plan.updates.map((u) => [u.slug, u.filled])).toEqual([['gatortron', ['authors', 'arxiv']]]);
    expect(plan.updates[0]!.entry.sources).toMatchObject({ authors: 'export', arxiv: 'export' });
    expect([plan.added, plan.conflicts, plan.incomplete, plan.unchanged]).toEqual([[], [], [], 0]);
  });

  test('matches by arXiv id and by DOI whatever the title says', () => {
    const have = [
      entry({ arxiv: '2203.03540' }),
      entry({ slug: 'other', title: 'Other', doi: '10.1000/abc', provenance: undefined }),
    ];
    const plan = planMerge(
      have,
      [
        input([
          { paper: { title: 'Renamed', arxiv: 'arXiv:2203.03540v3', authors } },
          { paper: { title: 'Also renamed', doi: 'https://doi.org/10.1000/ABC', authors } },
        ]),
      ],
      '2026-12-01',
    );
    expect(plan.updates.map((u) => u.slug).sort()).toEqual(['gatortron', 'other']);
    expect(plan.conflicts.map((c) => [c.slug, c.field, c.line])).toEqual([
      ['gatortron', 'title', 1],
      ['other', 'title', 2],
    ]);
  });

  test("matches the title an entry was imported with after a curator's retitling", () => {
    const retitled = entry({ title: 'GatorTron (curated title)', sources: { abstract: 'digest', date: 'digest' } });
    const plan = planMerge(
      [retitled],
      [input([{ paper: { title: 'GatorTron: A Large Clinical Language Model', authors } }])],
      '2026-12-01',
    );
    expect(plan.updates[0]!.entry.title).toBe('GatorTron (curated title)');
    expect(plan.conflicts).toEqual([
      expect.objectContaining({ field: 'title', keptSource: 'curator', offeredSource: 'export' }),
    ]);
  });

  test("never overwrites a curator's value, and places the conflict at its input line", () => {
    const curated = entry({ doi: '10.1000/curated' });
    const plan = planMerge(
      [curated],
      [input([{ paper: { title: curated.title, doi: '10.1000/other' }, line: 42 }])],
      '2026-12-01',
    );
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.conflicts).toEqual([
      {
        field: 'doi',
        kept: '10.1000/curated',
        keptSource: 'curator',
        offered: '10.1000/other',
        offeredSource: 'export',
        slug: 'gatortron',
        file: 'refs.bib',
        line: 42,
      },
    ]);
  });

  test('a second run over the merged entries changes nothing', () => {
    const records = [
      input([
        {
          paper: {
            title: 'GatorTron: A Large Clinical Language Model',
            authors,
            arxiv: '2203.03540',
            venue: { name: 'npj Digital Medicine', kind: 'journal' },
          },
        },
      ]),
    ];
    const first = planMerge([entry()], records, '2026-12-01');
    const second = planMerge(
      first.updates.map((u) => u.entry),
      records,
      '2026-12-01',
    );
    expect([second.updates, second.added, second.conflicts, second.unchanged]).toEqual([[], [], [], 1]);
  });

  test('adds a complete new paper with its sources, a theme, links from its abstract and provenance', () => {
    const paper: IncomingPaper = {
      title: 'Segmenting Tumours in CT',
      abstract: 'We segment tumours in CT scans. Code: https://github.com/x/seg.',
      date: { precision: 'day', value: '2025-01-02' },
      authors,
      arxiv: '2501.00002',
    };
    const plan = planMerge([entry()], [input([{ paper }], 'digest')], '2026-12-01');
    expect(plan.added).toHaveLength(1);
    const added = EntrySchema.parse(plan.added[0]);
    expect(added).toMatchObject({
      slug: 'segmenting-tumours-in-ct',
      arxiv: '2501.00002',
      added: '2026-12-01',
      provenance: { digest: 'refs.bib', line: 1, title: paper.title },
    });
    expect(added.links).toEqual([{ kind: 'code', url: 'https://github.com/x/seg' }]);
    expect(added.sources).toEqual({
      title: 'digest',
      abstract: 'digest',
      authors: 'digest',
      date: 'digest',
      arxiv: 'digest',
      links: 'digest',
    });
    expect(added.themeReason.source).toBe('importer');
  });

  test('classifies a new paper with its arXiv category as evidence; the entry keeps the decision, not the evidence', () => {
    const paper: IncomingPaper = {
      title: 'A Study of Patients',
      abstract: 'We study patients.',
      date: { precision: 'day', value: '2025-01-02' },
      arxivCategory: 'eess.IV',
    };
    const [added] = planMerge([], [input([{ paper }])], '2026-12-01').added;
    expect(added).toMatchObject({ theme: 'imaging', arxivCategory: 'eess.IV', themeReason: { source: 'importer' } });
    expect(added.themeReason).toEqual({ source: 'importer' });
    // The evidence is recomputed from content/themes.json whenever it is shown.
    expect(
      classifyPaper({ title: paper.title!, abstract: paper.abstract!, arxivCategory: 'eess.IV' }).matched.imaging,
    ).toContain('arXiv category: eess.IV');
  });

  test('lists a new paper it cannot make an entry of, with what is missing', () => {
    const plan = planMerge([entry()], [input([{ paper: { arxiv: '2501.00009' }, line: 7 }], 'digest')], '2026-12-01');
    expect(plan.added).toEqual([]);
    expect(plan.incomplete).toEqual([
      { file: 'refs.bib', line: 7, arxiv: '2501.00009', missing: ['title', 'abstract', 'date (year, month and day)'] },
    ]);
  });

  test('an id list fills nothing for a paper already in the survey, and reports it as unchanged', () => {
    const plan = planMerge(
      [entry({ arxiv: '2203.03540' })],
      [input([{ paper: { arxiv: '2203.03540' } }], 'digest')],
      '2026-12-01',
    );
    expect([plan.updates, plan.incomplete, plan.unchanged]).toEqual([[], [], 1]);
  });

  test('a paper twice in one file is merged once and reported as repeated', () => {
    const plan = planMerge(
      [entry()],
      [input([{ paper: { title: entry().title, authors } }, { paper: { title: entry().title, authors } }])],
      '2026-12-01',
    );
    expect(plan.repeated.map((d) => [d.line, d.severity])).toEqual([[2, 'warning']]);
    expect(plan.updates).toHaveLength(1);
  });

  test('a new paper in two inputs becomes one entry, filled from both', () => {
    const paper: IncomingPaper = {
      title: 'New Paper',
      abstract: 'An abstract.',
      date: { precision: 'day', value: '2025-01-02' },
      arxiv: '2501.00003',
    };
    const plan = planMerge(
      [],
      [input([{ paper }], 'digest'), input([{ paper: { arxiv: '2501.00003', doi: '10.1000/new' } }])],
      '2026-12-01',
    );
    expect(plan.added).toHaveLength(1);
    expect(plan.added[0]).toMatchObject({ doi: '10.1000/new', sources: { doi: 'export', arxiv: 'digest' } });
  });
});

describe('planMerge with values the schema refuses', () => {
  test('leaves out each invalid value with a warning at its line, and merges the rest', () => {
    const plan = planMerge(
      [entry()],
      [
        input([
          {
            paper: {
              title: entry().title,
              arxivCategory: 'Computer Science',
              doi: '10.1000/ok',
              links: [
                { kind: 'code', url: 'github.com/no/scheme' },
                { kind: 'code', url: 'https://github.com/a/b' },
              ],
            },
            line: 9,
          },
        ]),
      ],
      '2026-12-01',
    );
    expect(plan.invalid.map((d) => [d.line, d.severity, d.message.slice(0, 30)])).toEqual([
      [9, 'warning', 'left out arxivCategory: "Compu'],
      [9, 'warning', 'left out links: {"kind":"code"'],
    ]);
    expect(plan.updates[0]!.entry).toMatchObject({
      doi: '10.1000/ok',
      links: [{ kind: 'code', url: 'https://github.com/a/b' }],
    });
    expect(plan.updates[0]!.entry.arxivCategory).toBeUndefined();
  });
});

test('a new paper whose listing data the schema refuses is not added, with a warning', () => {
  const paper: IncomingPaper = {
    title: 'New',
    abstract: 'An abstract.',
    date: { precision: 'day', value: '2025-01-02' },
  };
  const plan = planMerge(
    [],
    [{ file: 'daily.json', source: 'digest', records: [{ paper, line: 4, extra: { upvotes: -1 } }] }],
    '2026-12-01',
  );
  expect(plan.added).toEqual([]);
  expect(plan.invalid.map((d) => [d.line, d.message])).toEqual([[4, expect.stringMatching(/^not added: upvotes: /)]]);
});
