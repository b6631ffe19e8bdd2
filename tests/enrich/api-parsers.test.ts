import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ApiFormatError } from '../../src/lib/enrich/api-error.ts';
import { apiText, apiUrl } from '../../src/lib/enrich/api-text.ts';
import { arxivFeedToRecords } from '../../src/lib/enrich/arxiv-feed.ts';
import { authorFromName } from '../../src/lib/enrich/author-name.ts';
import { combineFindings } from '../../src/lib/enrich/combine-findings.ts';
import { crossrefMessage, crossrefWorkByTitle, crossrefWorkToIncoming } from '../../src/lib/enrich/crossref.ts';
import { huggingFacePaperToIncoming } from '../../src/lib/enrich/hugging-face.ts';
import { keepValid } from '../../src/lib/merge/keep-valid.ts';
import { semanticScholarToIncoming } from '../../src/lib/enrich/semantic-scholar.ts';
import { titlesAgree } from '../../src/lib/enrich/titles-agree.ts';
import { wantedFields } from '../../src/lib/enrich/wanted-fields.ts';
import { API_FIXTURES } from './helpers/replay-server.ts';

const fixture = (path: string) => readFileSync(join(API_FIXTURES, path), 'utf8');
const json = (path: string) => JSON.parse(fixture(path));

describe('arxivFeedToRecords', () => {
  test('reads an entry of the Atom feed: id without version, unwrapped title and abstract, authors, first-version date, primary category, journal reference', () => {
    expect(arxivFeedToRecords(fixture('arxiv/2505.01234.xml'))).toEqual([
      {
        paper: {
          arxiv: '2505.01234',
          title: 'SegMed: Segmenting MRI Lesions with Diffusion',
          abstract:
            'We propose SegMed, a diffusion model for segmentation of brain MRI lesions. It reaches a Dice score of $0.91$ on three public datasets.',
          authors: [
            { family: 'García-López', given: 'Ana' },
            { family: 'van der Berg', given: 'Ludwig' },
            { family: 'Chen', given: 'Mei' },
            { literal: 'The SegMed Consortium' },
          ],
          date: { precision: 'day', value: '2025-05-02' },
          arxivCategory: 'eess.IV',
        },
        version: 2,
        journalRef: 'Med. Image Anal. 101 (2025) 103456',
      },
    ]);
  });

  test('returns no record for an id arXiv does not know (an empty feed)', () => {
    expect(arxivFeedToRecords(fixture('arxiv/empty.xml'))).toEqual([]);
  });

  test('turns the "Error" entry arXiv sends for a bad query into an error, not a paper called "Error"', () => {
    expect(() => arxivFeedToRecords(fixture('arxiv/error.xml'))).toThrow(
      new ApiFormatError('arXiv', 'the API reported an error: incorrect id format for 1234.12345'),
    );
  });

  test('refuses an answer that is not a feed (arXiv throttling answers "Rate exceeded.")', () => {
    expect(() => arxivFeedToRecords('Rate exceeded.')).toThrow(ApiFormatError);
  });

  test('refuses a feed that declares entities, which arXiv never sends (no entity expansion)', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2505.01234v1</id><title>&b;</title></entry></feed>`;
    expect(() => arxivFeedToRecords(bomb)).toThrow(
      'arXiv: the answer declares a DOCTYPE or entities, which the API never does',
    );
  });
});

describe('huggingFacePaperToIncoming', () => {
  test('gives the authors, the GitHub repository, the project page and the paper page', () => {
    const paper = huggingFacePaperToIncoming(json('huggingface/2505.01234.json'));
    expect(paper.authors).toHaveLength(4);
    expect(paper.links).toEqual([
      { kind: 'code', url: 'https://github.com/segmed-lab/segmed' },
      { kind: 'project', url: 'https://segmed-lab.github.io/segmed/' },
      { kind: 'huggingface', url: 'https://huggingface.co/papers/2505.01234' },
    ]);
  });

  test('drops a link that is not http(s), keeps the names literally', () => {
    const paper = huggingFacePaperToIncoming(json('huggingface/2503.09999.json'));
    expect(paper.links!.map((link) => link.kind)).toEqual(['project', 'huggingface']);
    expect(paper.authors).toEqual([
      { family: 'Smith', given: "<script>alert('author')</script>" },
      { family: 'Jones', given: '{Curly}' },
      { family: "import Evil from 'evil'" },
      { family: 'Dollar', given: '$x$' },
    ]);
  });
});

describe('semanticScholarToIncoming', () => {
  test('gives the published DOI and venue with its kind', () => {
    expect(semanticScholarToIncoming(json('semantic-scholar/arxiv-2505.01234.json'))).toEqual({
      recordTitle: 'SegMed: Segmenting MRI Lesions with Diffusion',
      arxiv: '2505.01234',
      doi: '10.1016/j.media.2025.103456',
      venue: { name: 'Medical Image Analysis', year: 2025, kind: 'journal' },
    });
  });

  test("ignores arXiv's own DOI and arXiv as a venue: a preprint is no published version", () => {
    expect(semanticScholarToIncoming(json('semantic-scholar/arxiv-2504.04321.json'))).toEqual({
      recordTitle: 'Wearable Sensors Predict Sepsis in Intensive Care',
      arxiv: '2504.04321',
    });
  });
});

describe('crossrefWorkToIncoming', () => {
  test('gives the DOI, the authors (a group kept whole) and the venue with the year of issue', () => {
    const paper = crossrefWorkToIncoming(crossrefMessage(json('crossref/10.1016_j.media.2025.103456.json')));
    expect(paper.doi).toBe('10.1016/j.media.2025.103456');
    expect(paper.venue).toEqual({ name: 'Medical Image Analysis', year: 2025, kind: 'journal' });
    expect(paper.authors!.at(-1)).toEqual({ literal: 'The SegMed Consortium' });
    expect(paper.date).toBeUndefined();
  });

  test('finds a published work by exact title and never a posted preprint', () => {
    const answer = json('crossref/search-wearable-sensors-predict-sepsis-in-intensive-care.json');
    expect(crossrefWorkByTitle(answer, 'Wearable Sensors Predict Sepsis in Intensive Care')).toBeUndefined();
    expect(crossrefWorkByTitle(answer, 'Sensors in Intensive Care — a Review')).toMatchObject({
      DOI: '10.1000/unrelated.2024.1',
    });
  });
});

describe('authorFromName', () => {
  test.each([
    ['Hoo Chang Shin', { family: 'Shin', given: 'Hoo Chang' }],
    ['Prasanna', { family: 'Prasanna' }],
    ['Jean-Luc Picard Jr.', { family: 'Picard Jr.', given: 'Jean-Luc' }],
    ['Martin Luther King, Jr.', { family: 'King Jr.', given: 'Martin Luther' }],
    ['  The  MIMIC\nConsortium ', { literal: 'The MIMIC Consortium' }],
    ['', undefined],
  ])('%j', (name, author) => {
    expect(authorFromName(name)).toEqual(author);
  });
});

describe('combineFindings and keepValid', () => {
  test('take each field from the most trusted API, union the links, and refuse what the schema refuses', () => {
    const { paper, from } = combineFindings([
      { api: 'Hugging Face', paper: { title: 'HF title', links: [{ kind: 'code', url: 'https://github.com/a/b' }] } },
      { api: 'arXiv', paper: { title: 'arXiv title', arxivCategory: 'not a category!' } },
      { api: 'Semantic Scholar', paper: { doi: '10.1000/x', venue: { name: 'S2 Venue', kind: 'journal' } } },
      { api: 'Crossref', paper: { doi: '10.1000/y', venue: { name: 'Crossref Venue', kind: 'journal', year: 2024 } } },
    ]);
    expect(from).toEqual({
      title: 'arXiv',
      arxivCategory: 'arXiv',
      doi: 'Semantic Scholar',
      venue: 'Crossref',
      links: 'Hugging Face',
    });
    const { paper: valid, dropped } = keepValid(paper);
    expect(valid).toEqual({
      title: 'arXiv title',
      doi: '10.1000/x',
      venue: { name: 'Crossref Venue', kind: 'journal', year: 2024 },
      links: [{ kind: 'code', url: 'https://github.com/a/b' }],
    });
    expect(dropped).toEqual(['arxivCategory: "not a category!" (an arXiv category such as cs.CL)']);
  });
});

describe('apiText and apiUrl', () => {
  test('keep text literally, dropping only control characters and line wrapping', () => {
    expect(apiText('  Deep <b>learning</b>\n  for {MIMIC}\u0000\u200B $x$  ')).toBe(
      'Deep <b>learning</b> for {MIMIC} $x$',
    );
    expect([apiText(''), apiText(' \n '), apiText(42), apiText(null)]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  test.each([
    ['https://github.com/a/b', 'https://github.com/a/b'],
    ['github.com/a/b', 'https://github.com/a/b'],
    ['http://example.org/x y', 'http://example.org/x%20y'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['ftp://example.org/file', undefined],
    ['not a url', undefined],
  ])('apiUrl(%j) is %j', (input, url) => {
    expect(apiUrl(input)).toBe(url);
  });
});

describe('titlesAgree', () => {
  test.each([
    ['GatorTron: A Large Clinical Language Model', 'Gatortron — a large clinical language model', true],
    ['SegMed', 'SegMed: Segmenting MRI Lesions with Diffusion', true],
    [
      'Few-Shot Learning for Clinical NLP Using Siamese Networks',
      'Few-Shot Learning for Clinical Natural Language Processing Using Siamese Neural Networks',
      true,
    ],
    ['Predicting Readmission from Discharge Summaries', 'SegMed: Segmenting MRI Lesions with Diffusion', false],
    ['A Survey of Clinical Language Models', 'A Survey of Medical Imaging Models', false],
  ])('%s / %s: %s', (a, b, agree) => {
    expect(titlesAgree(a, b)).toBe(agree);
  });
});

describe('wantedFields', () => {
  test('asks only for what is missing', () => {
    const full = {
      title: 't',
      abstract: 'a',
      authors: [{}],
      date: {},
      arxiv: '1',
      arxivCategory: 'cs.CL',
      doi: '10.1000/x',
      venue: {},
      links: [
        { kind: 'code' as const, url: 'https://a' },
        { kind: 'project' as const, url: 'https://b' },
        { kind: 'huggingface' as const, url: 'https://c' },
      ],
    };
    expect([...wantedFields(full)]).toEqual([]);
    expect([...wantedFields({ ...full, doi: undefined, links: [] })].sort()).toEqual(['doi', 'links']);
  });
});
