import { describe, expect, test } from 'vitest';
import { citationKey, citationKeys } from '../../src/lib/cite/citation-key.ts';
import { makeEntry, seedEntries } from '../helpers/cite-seed.ts';

const day = (value: string) => ({ precision: 'day' as const, value });

describe('citationKey', () => {
  test.each([
    ['the first distinctive title word and the year', makeEntry(), 'gatortron2022'],
    ['skipping common opening words', makeEntry({ title: 'Do We Still Need Clinical Language Models?' }), 'still2022'],
    ['in ASCII only', makeEntry({ title: 'Dr-LLaVA: Visual Instruction Tuning' }), 'drllava2022'],
    ['transliterating non-ASCII', makeEntry({ title: 'Ångström-Scale Imaging' }), 'angstroemscale2022'],
    ['from the first author family name when a curator added authors', makeEntry({ authors: ['José Müller', 'Ann Bo'] }), 'mueller2022'],
    ['without a particle', makeEntry({ authors: ['Ludwig van Beethoven'] }), 'beethoven2022'],
    ['with the arXiv id when known', makeEntry({ arxiv: '2203.03540' }), 'gatortron2022-2203.03540'],
    ['without a year the listing never gave', makeEntry({ date: { precision: 'month-day', value: '--02-02' } }), 'gatortron'],
    ['falling back to "paper"', makeEntry({ title: 'On the' }), 'paper2022'],
  ])('is made of %s', (_case, entry, expected) => {
    expect(citationKey(entry)).toBe(expected);
  });
});

describe('citationKeys', () => {
  test('suffixes repeated keys b, c, … in the order entries were added, then by slug', () => {
    const entries = [
      makeEntry({ slug: 'late', title: 'Clinical X', added: '2025-12-01' }),
      makeEntry({ slug: 'early-b', title: 'Clinical Y', added: '2025-11-01' }),
      makeEntry({ slug: 'early-a', title: 'Clinical Z', added: '2025-11-01' }),
      makeEntry({ slug: 'other', title: 'Other', date: day('2021-01-01') }),
    ];
    expect(Object.fromEntries(citationKeys(entries))).toEqual({ 'early-a': 'clinical2022', 'early-b': 'clinical2022b', late: 'clinical2022c', other: 'other2021' });
  });

  test('never changes an existing key when a paper is added', () => {
    const seed = seedEntries();
    const before = citationKeys(seed);
    const after = citationKeys([...seed, makeEntry({ slug: 'new-clinical', title: 'Clinical Newcomer', date: day('2023-05-05'), added: '2026-01-01' })]);
    for (const [slug, key] of before) expect(after.get(slug)).toBe(key);
    expect(after.get('new-clinical')).toMatch(/^clinical2023[a-z]+$/);
  });

  test('gives every seed paper a distinct ASCII key', () => {
    const keys = [...citationKeys(seedEntries()).values()];
    expect(keys).toHaveLength(64);
    expect(new Set(keys).size).toBe(64);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });

  test('runs past z to aa', () => {
    const entries = Array.from({ length: 28 }, (_, n) => makeEntry({ slug: `p${String(n).padStart(2, '0')}` }));
    const keys = [...citationKeys(entries).values()];
    expect(keys.slice(0, 2)).toEqual(['gatortron2022', 'gatortron2022b']);
    expect(keys.slice(-3)).toEqual(['gatortron2022z', 'gatortron2022aa', 'gatortron2022ab']);
  });
});
