import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, test } from 'vitest';
import { citationKeys } from '../../src/lib/cite/citation-key.ts';
import { parseKeyLedger } from '../../src/lib/cite/citation-key-ledger.ts';
import { entriesToJson } from '../../src/lib/export/papers-json.ts';
import { PAPERS_JSON_VERSION, papersJsonSchema } from '../../src/lib/export/papers-json-schema.ts';
import { gatortronEntry, makeEntry, referenceEntries, seedEntries, survey } from '../helpers/cite-seed.ts';

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(papersJsonSchema);
}

describe('papersJsonSchema', () => {
  test('is a draft 2020-12 JSON Schema that ajv compiles in strict mode', () => {
    expect(papersJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validator).not.toThrow();
  });
});

describe('entriesToJson', () => {
  const validate = validator();

  test('gives JSON for every seed paper that validates against the schema', () => {
    const json = JSON.parse(JSON.stringify(entriesToJson(seedEntries(), survey)));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.version).toBe(PAPERS_JSON_VERSION);
    expect(json.papers).toHaveLength(64);
  });

  test('gives JSON for every seed paper merged with the reference export that validates, with earlier keys as aliases', () => {
    const entries = referenceEntries();
    const keys = citationKeys(entries, parseKeyLedger('gatortron yang2022gatortron gatortron2022\n'));
    const json = JSON.parse(JSON.stringify(entriesToJson(entries, survey, keys)));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.papers.find((paper: { slug: string }) => paper.slug === 'gatortron')).toMatchObject({
      citationKey: 'yang2022gatortron',
      citationKeyAliases: ['gatortron2022'],
    });
  });

  test('writes one paper with its URL, key and public fields only, ordered by slug', () => {
    const withdrawn = makeEntry({
      slug: 'b-paper',
      status: 'withdrawn',
      withdrawnReason: 'duplicate',
      provenance: { digest: 'd.txt', line: 3, title: 'x' },
    });
    const links = [{ kind: 'code' as const, url: 'https://github.com/uf-hobi-informatics-lab/GatorTron' }];
    const json = entriesToJson(
      [withdrawn, gatortronEntry({ slug: 'a-paper', authors: [{ family: 'Yang', given: 'Xi' }], links })],
      survey,
    );
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
    expect(json.survey).toEqual({
      title: survey.title,
      url: survey.siteUrl,
      license: 'CC-BY-4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      repository: survey.repository,
    });
    expect(json.papers.map((paper) => paper.slug)).toEqual(['a-paper', 'b-paper']);
    expect(json.papers[0]).toEqual({
      slug: 'a-paper',
      url: 'https://example.org/clinical-ai-survey/papers/a-paper/',
      citationKey: 'yang2022gatortron',
      title: makeEntry().title,
      abstract: 'A clinical language model.',
      authors: [{ family: 'Yang', given: 'Xi' }],
      date: { precision: 'day', value: '2022-02-02' },
      arxiv: '2203.03540',
      arxivUrl: 'https://arxiv.org/abs/2203.03540',
      arxivCategory: 'cs.CL',
      doi: '10.1038/s41746-022-00742-2',
      paperUrl: 'https://doi.org/10.1038/s41746-022-00742-2',
      venue: { name: 'npj Digital Medicine', kind: 'journal', year: 2022 },
      links,
      theme: 'clinical-nlp',
      secondaryThemes: [],
      added: '2025-11-25',
      aliases: [],
      status: 'published',
    });
    expect(json.papers[1]).toMatchObject({ status: 'withdrawn', withdrawnReason: 'duplicate', links: [] });
    expect(json.papers[1]).not.toHaveProperty('provenance');
    expect(json.papers[1]).not.toHaveProperty('themeReason');
  });

  test.each([
    ['an unknown field', (json: any) => (json.papers[0].extra = 1)],
    ['a wrong version', (json: any) => (json.version = 2)],
    ['a bad date', (json: any) => (json.papers[0].date = { precision: 'day', value: '2025-13-01' })],
    ['an unknown theme', (json: any) => (json.papers[0].theme = 'astrology')],
    ['a missing title', (json: any) => delete json.papers[0].title],
  ])('the schema refuses %s', (_case, spoil) => {
    const json = JSON.parse(JSON.stringify(entriesToJson([makeEntry()], survey)));
    spoil(json);
    expect(validate(json)).toBe(false);
  });
});
