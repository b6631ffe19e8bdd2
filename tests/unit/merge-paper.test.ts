import { describe, expect, test } from 'vitest';
import { mergePaper, type IncomingPaper } from '../../src/lib/merge/merge-paper.ts';
import { EntrySchema, type Entry, type EntryInput } from '../../src/lib/schema.ts';

/** A valid entry as the importer writes it from a digest, with overrides. */
function entry(overrides: Partial<EntryInput> = {}): Entry {
  return EntrySchema.parse({
    slug: 'gatortron',
    title: 'GatorTron: A Large Clinical Language Model',
    abstract: 'We train a large clinical language model.',
    authorsCount: 3,
    date: { precision: 'day', value: '2022-02-02' },
    theme: 'clinical-nlp',
    themeReason: { source: 'importer' },
    added: '2026-11-25',
    sources: { title: 'digest', abstract: 'digest', date: 'digest' },
    ...overrides,
  });
}

const authors = [
  { family: 'Yang', given: 'Xi' },
  { family: 'Chen', given: 'Aokun' },
  { literal: 'The GatorTron Consortium' },
];

describe('mergePaper', () => {
  test('fills missing fields and records their source', () => {
    const result = mergePaper(
      entry(),
      {
        authors,
        arxiv: '2203.03540',
        doi: '10.1038/s41746-022-00742-2',
        venue: { name: 'npj Digital Medicine', year: 2022, kind: 'journal' },
      },
      'export',
    );
    expect(result.filled).toEqual(['authors', 'arxiv', 'doi', 'venue']);
    expect(result.conflicts).toEqual([]);
    expect(result.entry.authors).toEqual(authors);
    expect(result.entry.arxiv).toBe('2203.03540');
    expect(result.entry.sources).toEqual({
      title: 'digest',
      abstract: 'digest',
      date: 'digest',
      authors: 'export',
      arxiv: 'export',
      doi: 'export',
      venue: 'export',
    });
    expect(EntrySchema.parse(result.entry)).toEqual(result.entry);
  });

  test('stores identifiers without URL prefix or version', () => {
    const result = mergePaper(
      entry(),
      { arxiv: 'https://arxiv.org/abs/2203.03540v3', doi: 'https://doi.org/10.1038/X.1' },
      'enrich',
    );
    expect([result.entry.arxiv, result.entry.doi]).toEqual(['2203.03540', '10.1038/X.1']);
  });

  test("keeps a curator's value and reports the conflict", () => {
    const curated = entry({ doi: '10.1000/curated' }); // no recorded source: the curator's
    const result = mergePaper(curated, { doi: '10.1000/other' }, 'export');
    expect(result.entry.doi).toBe('10.1000/curated');
    expect(result.filled).toEqual([]);
    expect(result.conflicts).toEqual([
      {
        field: 'doi',
        kept: '10.1000/curated',
        keptSource: 'curator',
        offered: '10.1000/other',
        offeredSource: 'export',
      },
    ]);
  });

  test('never overwrites even a lower source, and names it', () => {
    const result = mergePaper(entry(), { title: 'GatorTron 2' }, 'enrich');
    expect(result.entry.title).toBe('GatorTron: A Large Clinical Language Model');
    expect(result.conflicts).toEqual([
      {
        field: 'title',
        kept: 'GatorTron: A Large Clinical Language Model',
        keptSource: 'digest',
        offered: 'GatorTron 2',
        offeredSource: 'enrich',
      },
    ]);
  });

  test.each([
    ['title', { title: '{GatorTron}:  A Large\nClinical Language Model' }],
    ['doi', { doi: 'https://doi.org/10.1000/ABC' }],
    ['arxiv', { arxiv: 'arXiv:2203.03540v2' }],
    [
      'authors',
      {
        authors: [
          { family: '{Yang}', given: 'Xi' },
          { family: 'Chen', given: 'Aokun ' },
          { literal: 'The GatorTron  Consortium' },
        ],
      },
    ],
    ['date', { date: { precision: 'day', value: '2022-02-02' } }],
    ['date (year-less but agreeing)', { date: { precision: 'month-day', value: '--02-02' } }],
  ] satisfies [string, IncomingPaper][])('treats an equal %s as a no-op', (_name, incoming) => {
    const have = entry({ doi: '10.1000/abc', arxiv: '2203.03540', authors });
    const result = mergePaper(have, incoming, 'export');
    expect(result).toEqual({ entry: have, filled: [], conflicts: [] });
  });

  test('reports authors that differ in order or names', () => {
    const result = mergePaper(entry({ authors }), { authors: [authors[1]!, authors[0]!, authors[2]!] }, 'export');
    expect(result.conflicts.map((c) => [c.field, c.keptSource])).toEqual([['authors', 'curator']]);
    expect(result.entry.authors).toEqual(authors);
  });

  test('gives a year-less date its year when month and day agree', () => {
    const have = entry({ date: { precision: 'month-day', value: '--03-28' } });
    const result = mergePaper(have, { date: { precision: 'day', value: '2025-03-28' } }, 'export');
    expect(result.entry.date).toEqual({ precision: 'day', value: '2025-03-28' });
    expect(result.entry.sources.date).toBe('export');
    expect(result.filled).toEqual(['date']);
  });

  test('reports a date whose month or day disagrees', () => {
    const have = entry({ date: { precision: 'month-day', value: '--03-28' } });
    const result = mergePaper(have, { date: { precision: 'day', value: '2025-03-29' } }, 'export');
    expect(result.entry.date).toEqual(have.date);
    expect(result.conflicts.map((c) => c.field)).toEqual(['date']);
  });

  test('unions links by URL, keeps the kind it had and reports another', () => {
    const have = entry({
      links: [{ kind: 'code', url: 'https://github.com/uf/gatortron' }],
      sources: { links: 'curator' },
    });
    const result = mergePaper(
      have,
      {
        links: [
          { kind: 'project', url: 'https://GitHub.com/uf/gatortron/' },
          { kind: 'models', url: 'https://huggingface.co/UFNLP/gatortron-base' },
        ],
      },
      'enrich',
    );
    expect(result.entry.links).toEqual([
      { kind: 'code', url: 'https://github.com/uf/gatortron' },
      { kind: 'models', url: 'https://huggingface.co/UFNLP/gatortron-base' },
    ]);
    expect(result.entry.sources.links).toBe('curator');
    expect(result.filled).toEqual(['links']);
    expect(result.conflicts).toEqual([
      {
        field: 'links',
        kept: { kind: 'code', url: 'https://github.com/uf/gatortron' },
        keptSource: 'curator',
        offered: { kind: 'project', url: 'https://GitHub.com/uf/gatortron/' },
        offeredSource: 'enrich',
      },
    ]);
  });

  test('records the source of the first links', () => {
    const result = mergePaper(entry(), { links: [{ kind: 'code', url: 'https://github.com/a/b' }] }, 'digest');
    expect(result.entry.sources.links).toBe('digest');
  });

  test('ignores empty offers and leaves the input entry untouched', () => {
    const have = entry();
    const before = structuredClone(have);
    const result = mergePaper(have, { authors: [], doi: ' ', links: [] }, 'export');
    expect(result).toEqual({ entry: have, filled: [], conflicts: [] });
    mergePaper(have, { authors, links: [{ kind: 'code', url: 'https://github.com/a/b' }] }, 'export');
    expect(have).toEqual(before);
  });
});

describe('mergePaper, partial values', () => {
  test('a venue without a year gains the year of the same venue, keeping its source', () => {
    const have = entry({ venue: { name: 'npj Digital Medicine', kind: 'journal' }, sources: { venue: 'export' } });
    const result = mergePaper(
      have,
      { venue: { name: 'NPJ digital  medicine', year: 2022, kind: 'journal' } },
      'enrich',
    );
    expect(result.entry.venue).toEqual({ name: 'npj Digital Medicine', year: 2022, kind: 'journal' });
    expect(result.entry.sources.venue).toBe('export');
    expect(result.filled).toEqual(['venue']);
  });

  test('another venue, or another year, is a conflict', () => {
    const have = entry({ venue: { name: 'npj Digital Medicine', year: 2021, kind: 'journal' } });
    expect(
      mergePaper(
        have,
        { venue: { name: 'npj Digital Medicine', year: 2022, kind: 'journal' } },
        'enrich',
      ).conflicts.map((c) => c.field),
    ).toEqual(['venue']);
    const noYear = entry({ venue: { name: 'npj Digital Medicine', kind: 'journal' } });
    expect(
      mergePaper(noYear, { venue: { name: 'Nature', year: 2022, kind: 'journal' } }, 'enrich').conflicts.map(
        (c) => c.field,
      ),
    ).toEqual(['venue']);
  });

  test('the same people with names split another way are no conflict', () => {
    const have = entry({
      authors: [
        { family: 'Al Attrach', given: 'Rafi' },
        { family: 'Celi', given: 'Leo Anthony' },
      ],
    });
    const result = mergePaper(
      have,
      {
        authors: [
          { family: 'Attrach', given: 'Rafi Al' },
          { family: 'celi', given: 'Leo  Anthony' },
        ],
      },
      'enrich',
    );
    expect(result).toEqual({ entry: have, filled: [], conflicts: [] });
  });
});
