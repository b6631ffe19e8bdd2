import { describe, expect, test } from 'vitest';
import { entryToApa } from '../../src/lib/cite/csl.ts';
import { entryToRis } from '../../src/lib/cite/ris.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import { makeEntry, seedEntries, survey } from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');
const title = 'GatorTron: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records';

describe('entryToApa', () => {
  test.each([
    ['an arXiv preprint with curator authors', makeEntry({ authors: ['Xi Yang', 'Aokun Chen', 'Ludwig van Beethoven'], arxiv: '2203.03540' }), `Yang, X., Chen, A., & van Beethoven, L. (2022). ${title} (arXiv:2203.03540). arXiv. https://arxiv.org/abs/2203.03540`],
    ['a paper known only by title and day, at its survey URL', makeEntry(), `${title}. (2022). ${url}`],
    ['a journal paper without a year', makeEntry({ venue: 'JAMIA', date: { precision: 'month-day', value: '--03-28' } }), `${title}. (n.d.). JAMIA. Retrieved November 25, 2025, from ${url}`],
    ['a title with &', makeEntry({ title: 'Medical Error Detection & Correction' }), `Medical Error Detection & Correction. (2022). ${url}`],
  ])('formats %s', (_case, entry, expected) => {
    expect(entryToApa(entry, { survey, url })).toBe(expected);
  });

  test('formats every seed paper with its title and year, and no markup', () => {
    for (const entry of seedEntries()) {
      const apa = entryToApa(entry, { survey, url: entryUrl(survey.siteUrl, entry.slug) });
      expect(apa).toContain(entry.title.replace(/[?.]$/, ''));
      expect(apa).toContain(`(${entry.date.value.slice(0, 4)})`);
      expect(apa).not.toMatch(/<[a-z]|&amp;/);
    }
  });
});

describe('entryToRis', () => {
  test('writes one tagged line per field, CR LF, closed by ER', () => {
    const entry = makeEntry({ authors: ['Xi Yang', 'Ludwig van Beethoven', 'Yang, Xi, Jr.'], arxiv: '2203.03540', abstract: 'Line one.\n\nLine two & more.' });
    expect(entryToRis(entry, { survey, url }).split('\r\n')).toEqual([
      'TY  - UNPB',
      'ID  - yang2022-2203.03540',
      'AU  - Yang, Xi',
      'AU  - van Beethoven, Ludwig',
      'AU  - Yang, Xi, Jr.',
      `TI  - ${title}`,
      'PY  - 2022',
      'DA  - 2022/02/02/',
      'AB  - Line one. Line two & more.',
      'AN  - arXiv:2203.03540',
      'UR  - https://arxiv.org/abs/2203.03540',
      'ER  - ',
      '',
    ]);
  });

  test('writes a journal paper without a year as JOUR, with no date and the survey URL', () => {
    const lines = entryToRis(makeEntry({ venue: 'JAMIA', date: { precision: 'month-day', value: '--03-28' } }), { survey, url }).split('\r\n');
    expect(lines[0]).toBe('TY  - JOUR');
    expect(lines).toContain('T2  - JAMIA');
    expect(lines).toContain(`UR  - ${url}`);
    expect(lines.filter((line) => /^(PY|DA|AU)/.test(line))).toEqual([]);
  });
});
