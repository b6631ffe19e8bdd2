import { parse as parseRis } from 'astrocite-ris';
import { describe, expect, test } from 'vitest';
import { entryToApa } from '../../src/lib/cite/csl.ts';
import { entryToRis } from '../../src/lib/cite/ris.ts';
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
const title =
  'GatorTron: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records';

describe('entryToApa', () => {
  test.each([
    [
      'a journal article with authors and DOI',
      gatortronEntry(),
      `Yang, X., Chen, A., PourNejatian, N., Shin, H. C., & Wu, Y. (2022). ${title}. Npj Digital Medicine. https://doi.org/10.1038/s41746-022-00742-2`,
    ],
    [
      'an arXiv preprint with a particle and an organisation',
      preprintEntry(),
      'Carrino, C. P., van der Berg, A., Al Attrach, R., & The MIMIC Consortium. (2021). Biomedical and Clinical Language Models for Spanish: On the Benefits of Domain-Specific Pretraining (arXiv:2109.03570). arXiv. https://arxiv.org/abs/2109.03570',
    ],
    [
      'a paper known only by title and day: no URL, since the survey page is not the paper',
      makeEntry(),
      `${title}. (2022).`,
    ],
    [
      'a paper without a year or identifier',
      makeEntry({ date: { precision: 'month-day', value: '--03-28' } }),
      `${title}. (n.d.).`,
    ],
    [
      'a title with &',
      makeEntry({ title: 'Medical Error Detection & Correction' }),
      'Medical Error Detection & Correction. (2022).',
    ],
  ])('formats %s', (_case, entry, expected) => {
    expect(entryToApa(entry, { survey, url })).toBe(expected);
  });

  test('formats every seed paper, merged with the reference export, with its first author, year and title, and no markup', () => {
    for (const entry of referenceEntries()) {
      const apa = entryToApa(entry, { survey, url: entryUrl(survey.siteUrl, entry.slug) });
      const first = entry.authors![0];
      expect(apa.startsWith('literal' in first ? first.literal : first.family), entry.slug).toBe(true);
      expect(apa).toContain(`(${entry.date.value.slice(0, 4)}`);
      expect(apa).not.toMatch(/<[a-z]|&amp;|example\.org/);
    }
  });

  test('never cites the survey page for a seed paper as imported', () => {
    for (const entry of seedEntries())
      expect(entryToApa(entry, { survey, url: entryUrl(survey.siteUrl, entry.slug) })).not.toContain('example.org');
  });
});

describe('entryToRis', () => {
  test('writes a journal article as JOUR with AU, T2, DO and the DOI as UR, one tagged line per field, CR LF, closed by ER', () => {
    const entry = gatortronEntry({
      abstract: 'Line one.\n\nLine two & more.',
      authors: [
        { family: 'Yang', given: 'Xi' },
        { family: 'van der Berg', given: 'Anna' },
        { literal: 'The MIMIC Consortium' },
      ],
    });
    expect(entryToRis(entry, { survey, url, key: 'yang2022gatortron' }).split('\r\n')).toEqual([
      'TY  - JOUR',
      'ID  - yang2022gatortron',
      'AU  - Yang, Xi',
      'AU  - van der Berg, Anna',
      'AU  - The MIMIC Consortium',
      `TI  - ${title}`,
      'T2  - npj Digital Medicine',
      'PY  - 2022',
      'DA  - 2022/02/02/',
      'AB  - Line one. Line two & more.',
      'DO  - 10.1038/s41746-022-00742-2',
      'DB  - arXiv',
      'AN  - arXiv:2203.03540',
      'UR  - https://doi.org/10.1038/s41746-022-00742-2',
      'ER  - ',
      '',
    ]);
  });

  test.each([
    ['a preprint', preprintEntry(), 'JOUR', 'arXiv'],
    ['a conference paper', gatortronEntry({ venue: { name: 'ACL 2024', kind: 'conference' } }), 'CONF', 'ACL 2024'],
    ['a workshop paper', gatortronEntry({ venue: { name: 'ClinicalNLP', kind: 'workshop' } }), 'CONF', 'ClinicalNLP'],
    ['a book chapter', gatortronEntry({ venue: { name: 'AI in Medicine', kind: 'book' } }), 'CHAP', 'AI in Medicine'],
  ])('writes %s with a type Zotero imports (never UNPB) and its venue', (_case, entry, type, venue) => {
    const lines = entryToRis(entry, { survey, url }).split('\r\n');
    expect([lines[0], lines.find((line) => line.startsWith('T2'))]).toEqual([`TY  - ${type}`, `T2  - ${venue}`]);
  });

  test('gives no survey URL and no date for a paper known only by title and a year-less day', () => {
    const lines = entryToRis(makeEntry({ date: { precision: 'month-day', value: '--03-28' } }), { survey, url }).split(
      '\r\n',
    );
    expect(lines.filter((line) => /^(PY|DA|AU|UR)/.test(line))).toEqual([]);
  });

  test.each(referenceEntries().map((entry) => [entry.slug, entry] as const))(
    '%s parses with an independent RIS parser, authors, DOI and URL intact',
    (_slug, entry) => {
      const [item] = parseRis(entryToRis(entry, { survey, url: entryUrl(survey.siteUrl, entry.slug) })) as {
        author?: { family?: string; given?: string; 'non-dropping-particle'?: string }[];
        title: string;
        DOI?: string;
        URL?: string;
      }[];
      const names = item.author?.map(
        (name) =>
          [name['non-dropping-particle'], name.family].filter(Boolean).join(' ') +
          (name.given ? `, ${name.given}` : ''),
      );
      expect(names).toEqual(
        entry.authors?.map((author) =>
          'literal' in author ? author.literal : author.given ? `${author.family}, ${author.given}` : author.family,
        ),
      );
      expect([item.title, item.DOI, item.URL]).toEqual([
        entry.title,
        entry.doi,
        entry.doi ? `https://doi.org/${entry.doi}` : `https://arxiv.org/abs/${entry.arxiv}`,
      ]);
    },
  );
});
