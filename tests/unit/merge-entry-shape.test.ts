import { describe, expect, test } from 'vitest';
import { compactEntry, orderedSources, patchFrontmatter } from '../../src/lib/merge/entry-shape.ts';
import { EntrySchema } from '../../src/lib/schema.ts';

const raw = {
  slug: 'gatortron',
  title: 'GatorTron',
  abstract: 'An abstract.',
  authorsCount: 3,
  date: { precision: 'day', value: '2022-02-02' },
  theme: 'clinical-nlp',
  secondaryThemes: [],
  themeReason: { source: 'curator' },
  added: '2026-11-25',
  provenance: { digest: 'content/digests/a.txt', line: 3, title: 'GatorTron' },
};

describe('patchFrontmatter', () => {
  test('sets only the filled fields and sources, in schema order, leaving every other field as it was', () => {
    const merged = EntrySchema.parse({
      ...raw,
      arxiv: '2203.03540',
      authors: [{ family: 'Yang', given: 'Xi' }],
      sources: { arxiv: 'export', authors: 'export' },
    });
    const patched = patchFrontmatter({ ...raw, somethingOld: 1 }, merged, ['authors', 'arxiv']);
    expect(Object.keys(patched)).toEqual([
      'slug',
      'title',
      'abstract',
      'authorsCount',
      'authors',
      'date',
      'arxiv',
      'sources',
      'theme',
      'secondaryThemes',
      'themeReason',
      'added',
      'provenance',
      'somethingOld',
    ]);
    expect(patched.sources).toEqual({ authors: 'export', arxiv: 'export' });
    expect(Object.keys(patched.sources as object)).toEqual(['authors', 'arxiv']);
    expect(patched.themeReason).toBe(raw.themeReason);
  });
});

describe('compactEntry', () => {
  test('drops defaults that say nothing, keeps an empty secondaryThemes, and orders sources', () => {
    const entry = EntrySchema.parse({
      ...raw,
      sources: { links: 'digest', title: 'digest' },
      links: [{ kind: 'code', url: 'https://github.com/a/b' }],
    });
    const compact = compactEntry(entry);
    expect(compact).not.toHaveProperty('aliases');
    expect(compact).not.toHaveProperty('status');
    expect(compact.secondaryThemes).toEqual([]);
    expect(Object.keys(compact.sources!)).toEqual(['title', 'links']);
    expect(EntrySchema.parse(compact)).toEqual(entry);
  });

  test('orderedSources follows SOURCED_FIELDS', () => {
    expect(Object.keys(orderedSources({ venue: 'export', title: 'digest', doi: 'curator' }))).toEqual([
      'title',
      'doi',
      'venue',
    ]);
  });
});
