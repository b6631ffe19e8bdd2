import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mergePaper, type IncomingPaper } from '../../src/lib/merge/merge-paper.ts';
import { EntrySchema, SOURCED_FIELDS, VALUE_SOURCES, type Entry } from '../../src/lib/schema.ts';

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const author = fc.oneof(
  fc.record({ family: text, given: fc.option(text, { nil: undefined }) }, { requiredKeys: ['family'] }),
  fc.record({ literal: text }),
);
const arxiv = fc
  .tuple(fc.integer({ min: 1001, max: 2512 }), fc.integer({ min: 10000, max: 99999 }))
  .map(([a, b]) => `${a}.${b}`);
const doi = text.map((s) => `10.1000/${encodeURIComponent(s)}`);
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.oneof(
  day.map((value) => ({ precision: 'day' as const, value })),
  day.map((value) => ({ precision: 'month-day' as const, value: `--${value.slice(5)}` })),
);
const venue = fc.record(
  {
    name: text,
    year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
    kind: fc.constantFrom('journal', 'conference', 'preprint'),
  },
  { requiredKeys: ['name', 'kind'] },
);
const link = fc.record({
  kind: fc.constantFrom('code', 'project', 'data'),
  url: fc.webUrl({ validSchemes: ['https'] }),
});

/** Any subset of the sourced fields, as one source would offer it. */
const incoming: fc.Arbitrary<IncomingPaper> = fc.record(
  {
    title: text,
    abstract: text,
    authors: fc.array(author, { minLength: 1, maxLength: 3 }),
    date,
    arxiv,
    arxivCategory: fc.constantFrom('cs.CL', 'cs.CV', 'eess.IV'),
    doi,
    venue,
    links: fc.array(link, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** A valid entry carrying some of those values, each with or without a recorded source. */
const entry: fc.Arbitrary<Entry> = fc
  .tuple(incoming, fc.dictionary(fc.constantFrom(...SOURCED_FIELDS), fc.constantFrom(...VALUE_SOURCES)))
  .map(([values, sources]) => {
    const base = {
      slug: 'a-paper',
      title: 'A paper',
      abstract: 'An abstract.',
      date: { precision: 'day', value: '2025-01-01' },
      theme: 'imaging',
      themeReason: { source: 'importer' },
      added: '2026-01-01',
    };
    const data = { ...base, ...values } as Record<string, unknown>;
    // A source is recorded only for a field with a value, as `npm run check` demands.
    const recorded = Object.fromEntries(
      Object.entries(sources).filter(
        ([field]) =>
          data[field] !== undefined && !(Array.isArray(data[field]) && (data[field] as unknown[]).length === 0),
      ),
    );
    return EntrySchema.parse({ ...data, sources: recorded });
  });

describe('mergePaper, for any entry and any offer', () => {
  test('never changes a value the entry has, except a year-less date or venue gaining its year and links gaining new URLs', () => {
    fc.assert(
      fc.property(entry, incoming, fc.constantFrom(...VALUE_SOURCES), (have, offer, source) => {
        const { entry: merged } = mergePaper(have, offer, source);
        for (const field of SOURCED_FIELDS) {
          if (field === 'links') expect(merged.links.slice(0, have.links.length)).toEqual(have.links);
          else if (field === 'date' && have.date.precision === 'month-day')
            expect(merged.date.value.slice(-5)).toBe(have.date.value.slice(-5));
          else if (field === 'venue' && have.venue && have.venue.year === undefined)
            expect({ ...merged.venue, year: undefined }).toEqual({ ...have.venue, year: undefined });
          else if (have[field] !== undefined) expect(merged[field]).toEqual(have[field]);
          if (have.sources[field] && field !== 'date') expect(merged.sources[field]).toBe(have.sources[field]);
        }
      }),
    );
  });

  test('every field it fills is recorded with the source, and the result is a valid entry', () => {
    fc.assert(
      fc.property(entry, incoming, fc.constantFrom(...VALUE_SOURCES), (have, offer, source) => {
        const result = mergePaper(have, offer, source);
        for (const field of result.filled)
          if (field !== 'links' || have.links.length === 0) expect(result.entry.sources[field]).toBe(source);
        expect(EntrySchema.safeParse(result.entry).success).toBe(true);
      }),
    );
  });

  test('merging the same offer twice fills nothing the second time', () => {
    fc.assert(
      fc.property(entry, incoming, (have, offer) => {
        const once = mergePaper(have, offer, 'export').entry;
        const twice = mergePaper(once, offer, 'export');
        expect(twice.filled).toEqual([]);
        expect(twice.entry).toEqual(once);
      }),
    );
  });
});
