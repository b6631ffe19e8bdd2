import { readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { citationKey, citationKeys } from '../../src/lib/cite/citation-key.ts';
import { keyLedgerAppendix, parseKeyLedger } from '../../src/lib/cite/citation-key-ledger.ts';
import { makeEntry, referenceEntries, seedEntries } from '../helpers/cite-seed.ts';

const day = (value: string) => ({ precision: 'day' as const, value });
const yang = [{ family: 'Yang', given: 'Xi' }];

describe('citationKey', () => {
  test.each([
    ['first author, year and first distinctive title word', makeEntry({ authors: yang }), 'yang2022gatortron'],
    [
      'skipping common and short opening words',
      makeEntry({ authors: yang, title: 'Do We Still Need Clinical Language Models?' }),
      'yang2022need',
    ],
    [
      'cutting the word at its first non-letter',
      makeEntry({ authors: yang, title: 'CLIN-X: pre-trained models' }),
      'yang2022clin',
    ],
    [
      'skipping a two-letter prefix',
      makeEntry({ authors: yang, title: 'Dr-LLaVA: Visual Instruction Tuning' }),
      'yang2022llava',
    ],
    [
      'transliterating non-ASCII',
      makeEntry({ authors: [{ family: 'Müller', given: 'José' }], title: 'Ångström Imaging' }),
      'mueller2022angstroem',
    ],
    [
      'joining a two-word family name',
      makeEntry({ authors: [{ family: 'Al Attrach', given: 'Rafi' }] }),
      'alattrach2022gatortron',
    ],
    ['from an organisation', makeEntry({ authors: [{ literal: 'MIMIC Consortium' }] }), 'mimicconsortium2022gatortron'],
    [
      'with the year of the arXiv id when the date has none',
      makeEntry({ authors: yang, arxiv: '2203.03540', date: { precision: 'month-day', value: '--02-02' } }),
      'yang2022gatortron',
    ],
    ['without authors, in the title–year form', makeEntry(), 'gatortron2022'],
    ['without a year nobody gave', makeEntry({ date: { precision: 'month-day', value: '--02-02' } }), 'gatortron'],
    ['falling back to "paper"', makeEntry({ title: 'On the' }), 'paper2022'],
  ])('is made of %s', (_case, entry, expected) => {
    expect(citationKey(entry)).toBe(expected);
  });

  test("gives the curators' own key to each of the 64 papers of their reference export", () => {
    const exported = parseBibtex(readFileSync(new URL('../fixtures/cite/clinical-ai.bib', import.meta.url), 'utf8'), {
      raw: true,
    })
      .entries.map((record) => record.key)
      .sort();
    expect(referenceEntries().map(citationKey).sort()).toEqual(exported);
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
    expect(Object.fromEntries(citationKeys(entries).key)).toEqual({
      'early-a': 'clinical2022',
      'early-b': 'clinical2022b',
      late: 'clinical2022c',
      other: 'other2021',
    });
  });

  test('never changes an existing key when a paper is added', () => {
    const seed = seedEntries();
    const before = citationKeys(seed).key;
    const after = citationKeys([
      ...seed,
      makeEntry({ slug: 'new-clinical', title: 'Clinical Newcomer', date: day('2023-05-05'), added: '2026-01-01' }),
    ]).key;
    for (const [slug, key] of before) expect(after.get(slug)).toBe(key);
    expect(after.get('new-clinical')).toMatch(/^clinical2023[a-z]*$/);
  });

  test('keeps a ledgered key when authors arrive later, and gives its earlier keys as aliases', () => {
    const ledger = parseKeyLedger('gatortron yang2022gatortron gatortron2022\n');
    const keys = citationKeys([makeEntry(), makeEntry({ slug: 'other', authors: [{ family: 'Chen' }] })], ledger);
    expect(keys.key.get('gatortron')).toBe('yang2022gatortron');
    expect(keys.aliases.get('gatortron')).toEqual(['gatortron2022']);
    expect(keys.key.get('other')).toBe('chen2022gatortron');
  });

  test("keeps a renamed paper's key, found under its old slug", () => {
    const ledger = parseKeyLedger('gatortron yang2022gatortron gatortron2022\n');
    const keys = citationKeys([makeEntry({ slug: 'gatortron-renamed', aliases: ['gatortron'] })], ledger);
    expect([keys.key.get('gatortron-renamed'), keys.aliases.get('gatortron-renamed')]).toEqual([
      'yang2022gatortron',
      ['gatortron2022'],
    ]);
    expect(
      keyLedgerAppendix(
        [makeEntry({ slug: 'gatortron-renamed', aliases: ['gatortron'], authors: yang })],
        keys.key,
        ledger,
      ),
    ).toEqual([]);
  });

  test('never gives a ledgered key, or an earlier one, to another paper', () => {
    const ledger = parseKeyLedger('first yang2022gatortron gatortron2022\n');
    const keys = citationKeys(
      [makeEntry({ slug: 'first' }), makeEntry({ slug: 'second', authors: yang }), makeEntry({ slug: 'third' })],
      ledger,
    ).key;
    expect([keys.get('second'), keys.get('third')]).toEqual(['yang2022gatortronb', 'gatortron2022b']);
  });

  test('gives every seed paper a distinct ASCII key, the same with or without authors once ledgered', () => {
    const ledger = parseKeyLedger(readFileSync(new URL('../../content/citation-keys.txt', import.meta.url), 'utf8'));
    const bare = citationKeys(seedEntries(), ledger).key;
    const merged = citationKeys(referenceEntries(), ledger).key;
    expect(new Set(bare.values()).size).toBe(64);
    expect(Object.fromEntries(merged)).toEqual(Object.fromEntries(bare));
    expect(bare.get('gatortron')).toBe('yang2022gatortron');
    for (const key of bare.values()) expect(key).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
  });

  test('runs past z to aa', () => {
    const entries = Array.from({ length: 28 }, (_, n) => makeEntry({ slug: `p${String(n).padStart(2, '0')}` }));
    const keys = [...citationKeys(entries).key.values()];
    expect(keys.slice(0, 2)).toEqual(['gatortron2022', 'gatortron2022b']);
    expect(keys.slice(-3)).toEqual(['gatortron2022z', 'gatortron2022aa', 'gatortron2022ab']);
  });
});

describe('parseKeyLedger', () => {
  test('reads slugs, keys and earlier keys, skipping comments and blank lines', () => {
    expect(parseKeyLedger('# keys\n\ngatortron yang2022gatortron gatortron2022\nclin-x lange2021clin\n')).toEqual(
      new Map([
        ['gatortron', { key: 'yang2022gatortron', aliases: ['gatortron2022'] }],
        ['clin-x', { key: 'lange2021clin', aliases: [] }],
      ]),
    );
  });

  test.each([
    ['a line without a key', 'gatortron\n', /citation-keys.txt:1: expected "<slug> <key>/],
    ['a second line for one slug', 'a k1\na k2\n', /citation-keys.txt:2: "a" already has a key/],
    ['a key of two papers', 'a k1\nb k1\n', /citation-keys.txt:2: key "k1" already belongs to "a"/],
    ['an unusable key', 'a K{1}\n', /key "K\{1\}" is not usable/],
  ])('refuses %s, naming the line', (_case, text, message) => {
    expect(() => parseKeyLedger(text)).toThrow(message);
  });
});

describe('keyLedgerAppendix', () => {
  test('freezes the keys of entries with authors that the ledger does not hold yet', () => {
    const entries = [
      makeEntry({ slug: 'a', authors: yang }),
      makeEntry({ slug: 'b' }),
      makeEntry({ slug: 'c', authors: yang }),
    ];
    const ledger = parseKeyLedger('c yang2022gatortron\n');
    const keys = citationKeys(entries, ledger).key;
    expect(keyLedgerAppendix(entries, keys, ledger)).toEqual(['a yang2022gatortronb']);
  });

  test('keeps the provisional key published before the authors arrived as an earlier key', () => {
    const before = citationKeys([makeEntry()]).key;
    const merged = [makeEntry({ authors: yang })];
    const lines = keyLedgerAppendix(merged, citationKeys(merged).key, new Map(), before);
    expect(lines).toEqual(['gatortron yang2022gatortron gatortron2022']);
    expect(citationKeys(merged, parseKeyLedger(lines.join('\n'))).aliases.get('gatortron')).toEqual(['gatortron2022']);
  });
});
