import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { plainApa } from '../../src/lib/cite/apa-plain.ts';
import { processorApa } from '../../src/lib/cite/csl.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import { makeEntry, referenceEntries, seedEntries, survey } from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');

// Words and separators of real titles, accents, Greek and digits included; the property keeps the titles plainApa accepts.
const word = fc.oneof(
  fc.constantFrom(
    'GatorTron',
    'LLMs',
    'X-ray',
    'Étude',
    'modèles',
    'α-Fold',
    'BERT',
    'of',
    'a',
    'MedQA',
    'COVID-19',
    '3.5',
    '100%',
    'A/B',
    'R&D',
    'Ärzte',
    'naïve',
  ),
  fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/),
);
const separator = fc.constantFrom(' ', ' ', ' ', ', ', ': ', '; ', ' - ', ' – ', ' — ', ' (', ') ', ' & ', ' + ', '/');
const title = fc
  .tuple(
    fc.array(fc.tuple(word, separator), { maxLength: 8 }),
    word,
    fc.constantFrom('', '', '?', '!', '.', ':', ')', '...'),
  )
  .map(([parts, last, end]) => `${parts.map(([w, s]) => w + s).join('')}${last}${end}`.replace(/\s+/g, ' ').trim());
const isoDate = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const paperDate = fc.oneof(
  isoDate.map((value) => ({ precision: 'day' as const, value })),
  isoDate.map((value) => ({ precision: 'month-day' as const, value: `--${value.slice(5)}` })),
);
const arxiv = fc.option(fc.stringMatching(/^\d{4}\.\d{4,5}$/), { nil: undefined });

// Authors, plain and tricky: particles, hyphens, accents, initials with and without periods, apostrophes
// (curled by the processor), lowercase given names, all-caps initials, organisations with punctuation.
const family = fc.constantFrom(
  'Yang',
  'van der Berg',
  'Al Attrach',
  'Müller',
  'Chetcuti-Zammit',
  'PourNejatian',
  "O'Neil",
  'de la Cruz',
  'Ng',
  'X',
  'Smith Jr.',
  'Ó Briain',
);
const given = fc.option(
  fc.constantFrom(
    'Xi',
    'Hoo Chang',
    'Kaleb E',
    'Mona G.',
    'Jean-Paul',
    'J.T.',
    'JT',
    'yonghui',
    'Ángel',
    'A',
    'Mary-Ann Lee',
    'Ludwig van',
  ),
  { nil: undefined },
);
const person = fc.tuple(family, given).map(([f, g]) => (g ? { family: f, given: g } : { family: f }));
const organisation = fc
  .constantFrom('The MIMIC Consortium', 'OpenAI', 'Team 42', 'R&D Lab', 'Consortium, The', 'WHO.')
  .map((literal) => ({ literal }));
const authors = fc.option(
  fc.array(fc.oneof({ arbitrary: person, weight: 4 }, { arbitrary: organisation, weight: 1 }), {
    minLength: 1,
    maxLength: 24,
  }),
  { nil: undefined },
);

const venue = fc.option(
  fc.record({
    name: fc.constantFrom(
      'Nature Medicine',
      'npj Digital Medicine',
      'Journal of the American Medical Informatics Association',
      'JMIR AI',
      'Proc. of X',
      'IEEE/CVF ICCV',
      'eLife',
      'Proceedings of the 2024 Conference on Empirical Methods in Natural Language Processing',
      'Proceedings of the 63rd Annual Meeting (Volume 1: Long Papers)',
      'Studies in the Art of War',
      'Advances in Information Retrieval (ECIR 2024)',
      '2025 IEEE/CVF International Conference on Computer Vision Workshops (ICCVW)',
      'Proceedings of the 18th International Workshop on Semantic Evaluation (SemEval-2024)',
      'Nature (London)',
      'Findings of the ACL: EMNLP 2024',
      '(Preprint) Notes',
      'The Lancet Digital Health',
    ),
    kind: fc.constantFrom('journal', 'conference', 'workshop', 'book', 'preprint', 'other'),
  }),
  { nil: undefined },
);
const doi = fc.option(
  fc.constantFrom(
    '10.1038/s41746-022-00742-2',
    '10.1007/978-3-031-56069-9_8',
    '10.1016/S0027-9684(15)31340-7',
    '10.1145/3659604',
  ),
  { nil: undefined },
);

describe('plainApa', () => {
  test('writes what the CSL processor writes for published papers, for every entry it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(title, paperDate, arxiv, authors, venue, doi, (title, date, arxiv, authors, venue, doi) => {
        const entry = makeEntry({ title, date, arxiv, authors, venue, doi });
        const plain = plainApa(entry);
        if (plain !== undefined) {
          accepted++;
          expect(plain).toBe(processorApa(entry, {}));
        }
      }),
      { numRuns: 600 },
    );
    expect(accepted).toBeGreaterThan(25);
  });

  test('writes what the CSL processor writes, authors included, for every entry it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(title, paperDate, arxiv, authors, (title, date, arxiv, authors) => {
        const entry = makeEntry({ title, date, arxiv, authors });
        const plain = plainApa(entry, { survey, url });
        if (plain !== undefined) {
          accepted++;
          expect(plain).toBe(processorApa(entry, {}));
        }
      }),
      { numRuns: 400 },
    );
    // The shortcut must carry most entries, or it saves nothing.
    expect(accepted).toBeGreaterThan(40);
  });

  test('takes most seed papers merged with the reference export, matching the processor on each', () => {
    const entries = referenceEntries();
    const fast = entries.filter((entry) => plainApa(entry) !== undefined);
    for (const entry of fast) expect(plainApa(entry), entry.slug).toBe(processorApa(entry, {}));
    expect(fast.length).toBeGreaterThanOrEqual(56);
  });

  test('writes what the CSL processor writes, for every entry it accepts', () => {
    fc.assert(
      fc.property(title, paperDate, arxiv, isoDate, (title, date, arxiv, added) => {
        const entry = makeEntry({ title, date, arxiv, added });
        const plain = plainApa(entry, { survey, url });
        if (plain !== undefined) expect(plain).toBe(processorApa(entry, {}));
      }),
      { numRuns: 300 },
    );
  });

  test('accepts the seed papers, as imported, and matches the processor on each', () => {
    for (const entry of seedEntries()) {
      const ctx = { survey, url: entryUrl(survey.siteUrl, entry.slug) };
      expect(plainApa(entry, ctx), entry.title).toBe(processorApa(entry, {}));
    }
  });

  test.each([
    [
      'an author with an apostrophe, which the processor curls',
      makeEntry({ authors: [{ family: "O'Neil", given: 'Ann' }] }),
    ],
    [
      'a venue whose name title case would change',
      makeEntry({ venue: { name: 'npj Digital Medicine', kind: 'journal' } }),
    ],
    ['a book venue', makeEntry({ venue: { name: 'AI in Medicine', kind: 'book' } })],
    ['a DOI and no venue', makeEntry({ doi: '10.1038/s41746-022-00742-2' })],
    ['straight quotes, which the processor curls', makeEntry({ title: 'The "Clinical" Model' })],
    ['an apostrophe', makeEntry({ title: "Don't Stop Pretraining" })],
    ['markup the processor reads as rich text', makeEntry({ title: 'Title with <i>tag</i>' })],
    ['a final comma', makeEntry({ title: 'Titles, ending,' })],
  ])('leaves entries with %s to the processor', (_case, entry) => {
    expect(plainApa(entry, { survey, url })).toBeUndefined();
  });
});
