import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { entryToBibtex, surveyEntryToBibtex } from '../../src/lib/cite/bibtex.ts';
import { formatBibtexRecord } from '../../src/lib/cite/bibtex-record.ts';
import { collapseSpaces } from '../../src/lib/cite/bibtex-text.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import {
  gatortronEntry,
  makeEntry,
  preprintEntry,
  referenceEntries,
  seedEntries,
  survey,
} from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');

/** Parses BibTeX as biber-like tools do, keeping titles as written (no sentence case, braces dropped). */
function parseBibtex(bibtex: string) {
  return parse(bibtex, { english: false, caseProtection: false });
}

describe('entryToBibtex', () => {
  test('cites a paper known only by title and day as @misc with a key field, and no URL: the survey page is not the paper', () => {
    expect(entryToBibtex(makeEntry(), { survey, url })).toBe(
      [
        '@misc{gatortron2022,',
        '  title = {{GatorTron}: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records},',
        '  year = {2022},',
        '  month = feb,',
        '  key = {gatortron}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('cites a journal article by its authors, journal, DOI, arXiv eprint and category, with the DOI as its URL', () => {
    expect(entryToBibtex(gatortronEntry(), { survey, url, key: 'yang2022gatortron', aliases: ['gatortron2022'] })).toBe(
      [
        '@article{yang2022gatortron,',
        '  author = {Yang, Xi and Chen, Aokun and PourNejatian, Nima and Shin, Hoo Chang and Wu, Yonghui},',
        '  title = {{GatorTron}: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records},',
        '  journal = {npj Digital Medicine},',
        '  year = {2022},',
        '  month = feb,',
        '  doi = {10.1038/s41746-022-00742-2},',
        '  eprint = {2203.03540},',
        '  archivePrefix = {arXiv},',
        '  primaryClass = {cs.CL},',
        '  url = {https://doi.org/10.1038/s41746-022-00742-2},',
        '  ids = {gatortron2022}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('cites a preprint as @misc with its arXiv URL, and keeps particles and organisations in the names', () => {
    const bibtex = entryToBibtex(preprintEntry(), { survey, url });
    expect(bibtex).toMatch(/^@misc\{carrino2021biomedical,/);
    expect(bibtex).toContain(
      '  author = {Carrino, Casimiro Pio and van der Berg, Anna and Al Attrach, Rafi and {The MIMIC Consortium}},',
    );
    expect(bibtex).toContain('  url = {https://arxiv.org/abs/2109.03570}');
    expect(bibtex).not.toContain('example.org');
    const [record] = parseBibtex(bibtex).entries;
    expect(
      record.fields.author?.map((name) => name.name ?? [name.prefix, name.lastName].filter(Boolean).join(' ')),
    ).toEqual(['Carrino', 'van der Berg', 'Al Attrach', 'The MIMIC Consortium']);
  });

  test.each([
    ['conference', 'inproceedings', 'booktitle'],
    ['workshop', 'inproceedings', 'booktitle'],
    ['book', 'misc', 'howpublished'],
    ['preprint', 'misc', 'howpublished'],
    ['other', 'misc', 'howpublished'],
  ] as const)('cites a %s paper as @%s with the venue in %s', (kind, type, field) => {
    const [record] = parseBibtex(
      entryToBibtex(gatortronEntry({ venue: { name: 'Proc. of X', kind } }), { survey, url }),
    ).entries;
    expect([record.type, record.fields[field]]).toEqual([type, 'Proc. of X']);
  });

  test('protects acronyms and proper nouns, not title-case hyphenated words', () => {
    const title = (text: string) =>
      /title = \{(.*)\},/.exec(entryToBibtex(makeEntry({ title: text }), { survey, url }))?.[1];
    expect(title('Comparing Rule-Based and Deep Learning Models for Spanish and German MIMIC Notes')).toBe(
      'Comparing Rule-Based and Deep Learning Models for {Spanish} and {German} {MIMIC} Notes',
    );
    expect(title('CLIN-X: pre-trained language models for the Boston clinical domain')).toBe(
      '{CLIN-X}: pre-trained language models for the {Boston} clinical domain',
    );
  });

  test('takes the year from the arXiv id when the date has none, and gives no month then', () => {
    const bibtex = entryToBibtex(
      makeEntry({ date: { precision: 'month-day', value: '--03-28' }, arxiv: '2203.03540' }),
      { survey, url },
    );
    expect(bibtex).toContain('  year = {2022},');
    expect(bibtex).not.toContain('month');
  });

  test('leaves out year and month when neither the date nor an identifier gives a year', () => {
    const bibtex = entryToBibtex(makeEntry({ date: { precision: 'month-day', value: '--03-28' } }), { survey, url });
    expect(bibtex).not.toMatch(/year|month/);
    expect(bibtex).toMatch(/^@misc\{gatortron,/);
  });

  test('uses the key it is given', () => {
    expect(entryToBibtex(makeEntry(), { survey, url, key: 'gatortron2022b' })).toMatch(/^@misc\{gatortron2022b,/);
  });
});

describe('surveyEntryToBibtex', () => {
  test('cites the survey entry: editors, stable URL, and the day it was added', () => {
    expect(surveyEntryToBibtex(makeEntry({ title: 'Medical Error Detection & Correction' }), { survey, url })).toBe(
      [
        '@misc{survey-gatortron,',
        '  author = {{Clinical AI Survey editors}},',
        '  title = {Medical Error Detection \\& Correction},',
        '  howpublished = {Entry in Clinical AI: a curated survey},',
        '  note = {Survey entry on the paper, added 2025-11-25},',
        '  year = {2025},',
        '  month = nov,',
        '  url = {https://example.org/clinical-ai-survey/papers/gatortron/},',
        '  urldate = {2025-11-25}',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('formatBibtexRecord', () => {
  test.each(['has space', 'comma,key', 'brace{', ''])('refuses the key %j', (key) => {
    expect(() => formatBibtexRecord('misc', key, {})).toThrow(/BibTeX key/);
  });

  test.each(['a { b', 'a } b', '} {'])('refuses the unbalanced value %j', (value) => {
    expect(() => formatBibtexRecord('misc', 'k', { title: value })).toThrow(/unbalanced braces/);
  });
});

describe('BibTeX of every seed paper', () => {
  const entries = seedEntries();

  test('the seed gives 64 entries', () => {
    expect(entries).toHaveLength(64);
  });

  test.each(entries.map((entry) => [entry.slug, entry] as const))(
    '%s: paper and survey-entry records parse with no errors and keep the title',
    (_slug, entry) => {
      const ctx = { survey, url: entryUrl(survey.siteUrl, entry.slug) };
      const library = parseBibtex(entryToBibtex(entry, ctx) + '\n' + surveyEntryToBibtex(entry, ctx));
      expect(library.errors).toEqual([]);
      expect(library.entries.map((parsed) => parsed.type)).toEqual(['misc', 'misc']);
      for (const parsed of library.entries) expect(parsed.fields.title).toBe(collapseSpaces(entry.title));
      expect(library.entries[0].fields.url).toBeUndefined();
      expect(library.entries[1].fields.url).toBe(ctx.url);
    },
  );

  test.each(referenceEntries().map((entry) => [entry.slug, entry] as const))(
    '%s, merged with the reference export: authors round-trip, the paper has its own URL',
    (_slug, entry) => {
      const ctx = { survey, url: entryUrl(survey.siteUrl, entry.slug) };
      const [record] = parseBibtex(entryToBibtex(entry, ctx)).entries;
      expect(record.fields.author?.map((name) => [name.lastName ?? name.name, name.firstName])).toEqual(
        entry.authors?.map((author) =>
          'literal' in author ? [author.literal, undefined] : [author.family, author.given],
        ),
      );
      expect(record.fields.url).toMatch(/^https:\/\/(arxiv\.org\/abs|doi\.org)\//);
      expect(record.fields.eprint).toBe(entry.arxiv);
    },
  );
});

describe('BibTeX of tricky titles', () => {
  test.each([
    'IryoNLP at MEDIQA-CORR 2024: Medical Error Detection & Correction',
    '100% of $5 models rank #1 on x_y',
    'Sets {a, b} and ~approximations^2 with back\\slashes',
    'A lone { brace and a lone } brace',
  ])('%j round-trips with authors, venue and arXiv id', (title) => {
    const entry = makeEntry({
      title,
      authors: [
        { family: 'Müller', given: 'José' },
        { family: 'Bo', given: 'Ann &' },
      ],
      venue: { name: 'Proc. R&D', kind: 'journal' },
      arxiv: '2501.01234',
    });
    const library = parseBibtex(entryToBibtex(entry, { survey, url }) + surveyEntryToBibtex(entry, { survey, url }));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((parsed) => parsed.fields.title)).toEqual([title, title]);
    expect(library.entries[0].fields.journal).toBe('Proc. R&D');
    expect(library.entries[0].fields.author?.map((name) => [name.firstName, name.lastName])).toEqual([
      ['José', 'Müller'],
      ['Ann &', 'Bo'],
    ]);
  });
});
