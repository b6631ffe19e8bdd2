import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { entryToBibtex, surveyEntryToBibtex } from '../../src/lib/cite/bibtex.ts';
import { formatBibtexRecord } from '../../src/lib/cite/bibtex-record.ts';
import { collapseSpaces } from '../../src/lib/cite/tex.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import { makeEntry, seedEntries, survey } from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');

/** Parses BibTeX as biber-like tools do, keeping titles as written (no sentence case, braces dropped). */
function parseBibtex(bibtex: string) {
  return parse(bibtex, { english: false, caseProtection: false });
}

describe('entryToBibtex', () => {
  test('cites a paper with only a title and a day as @misc with the survey URL, and no author', () => {
    expect(entryToBibtex(makeEntry(), { survey, url })).toBe(
      [
        '@misc{gatortron2022,',
        '  title = {{GatorTron}: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records},',
        '  year = {2022},',
        '  month = feb,',
        '  url = {https://example.org/clinical-ai-survey/papers/gatortron/}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('adds curator authors, the arXiv eprint and a journal when known', () => {
    const entry = makeEntry({ authors: ['Xi Yang', 'Ludwig van Beethoven'], arxiv: '2203.03540', venue: 'npj Digital Medicine' });
    expect(entryToBibtex(entry, { survey, url })).toBe(
      [
        '@article{yang2022-2203.03540,',
        '  author = {Xi Yang and Ludwig van Beethoven},',
        '  title = {{GatorTron}: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records},',
        '  journal = {npj Digital Medicine},',
        '  year = {2022},',
        '  month = feb,',
        '  eprint = {2203.03540},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2203.03540}',
        '}',
        '',
      ].join('\n'),
    );
  });

  test('leaves out year and month when the date has no year', () => {
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

  test.each(entries.map((entry) => [entry.slug, entry] as const))('%s: paper and survey-entry records parse with no errors and keep the title', (_slug, entry) => {
    const ctx = { survey, url: entryUrl(survey.siteUrl, entry.slug) };
    const library = parseBibtex(entryToBibtex(entry, ctx) + '\n' + surveyEntryToBibtex(entry, ctx));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((parsed) => parsed.type)).toEqual(['misc', 'misc']);
    for (const parsed of library.entries) expect(parsed.fields.title).toBe(collapseSpaces(entry.title));
    expect(library.entries[1].fields.url).toBe(ctx.url);
  });
});

describe('BibTeX of tricky titles', () => {
  test.each([
    'IryoNLP at MEDIQA-CORR 2024: Medical Error Detection & Correction',
    '100% of $5 models rank #1 on x_y',
    'Sets {a, b} and ~approximations^2 with back\\slashes',
    'A lone { brace and a lone } brace',
  ])('%j round-trips with authors, venue and arXiv id', (title) => {
    const entry = makeEntry({ title, authors: ['José Müller', 'Ann & Bo'], venue: 'Proc. R&D', arxiv: '2501.01234' });
    const library = parseBibtex(entryToBibtex(entry, { survey, url }) + surveyEntryToBibtex(entry, { survey, url }));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((parsed) => parsed.fields.title)).toEqual([title, title]);
    expect(library.entries[0].fields.journal).toBe('Proc. R&D');
    expect(library.entries[0].fields.author?.map((name) => [name.firstName, name.lastName])).toEqual([['José', 'Müller'], ['Ann &', 'Bo']]);
  });
});
