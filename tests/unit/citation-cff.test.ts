import { readFileSync } from 'node:fs';
import { validateCFF } from 'cffjs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { surveyConfig } from '../../src/lib/survey-config.ts';
import { surveyInfo } from '../../src/lib/survey-info.ts';

// cffjs ships the Citation File Format 1.2.0 JSON Schema (draft-07) and validates with ajv and
// ajv-formats; it would quietly rewrite another cff-version to 1.2.0, so the version is checked first.
const text = readFileSync(new URL('../../CITATION.cff', import.meta.url), 'utf8');

/** CITATION.cff as data; YAML 1.2 keeps dates as strings, as the CFF schema expects. */
function readCff(): Record<string, unknown> {
  return parse(text) as Record<string, unknown>;
}

describe('CITATION.cff', () => {
  test('declares CFF 1.2.0 and validates against the CFF 1.2.0 schema', () => {
    const cff = readCff();
    expect(cff['cff-version']).toBe('1.2.0');
    expect(() => validateCFF(cff)).not.toThrow();
  });

  test('cites the survey as a dataset exactly as the site config does: title, editors, license, release, repository, address', () => {
    const survey = surveyInfo(surveyConfig.site);
    expect(readCff()).toMatchObject({
      title: survey.title,
      type: 'dataset',
      authors: survey.editors.map(({ name }) => ({ name })),
      license: survey.license.spdx,
      'date-released': survey.released,
      'repository-code': survey.repository,
      url: survey.siteUrl,
    });
  });

  test.each([
    ['without authors', (cff: Record<string, unknown>) => delete cff.authors],
    ['without a message', (cff: Record<string, unknown>) => delete cff.message],
    ['with an unknown type', (cff: Record<string, unknown>) => (cff.type = 'survey')],
    ['with a license that is not SPDX', (cff: Record<string, unknown>) => (cff.license = 'CC BY 4.0')],
    [
      'with an author that is neither a person nor an entity',
      (cff: Record<string, unknown>) => (cff.authors = [{ fullname: 'Ann Bo' }]),
    ],
    ['with a date that is not a day', (cff: Record<string, unknown>) => (cff['date-released'] = '2026-11')],
    ['with an unknown key', (cff: Record<string, unknown>) => (cff.editors = [])],
  ])('the schema check fails for a file %s', (_case, spoil) => {
    const cff = readCff();
    spoil(cff);
    expect(() => validateCFF(cff)).toThrow(/CFF validation failed/);
  });
});
