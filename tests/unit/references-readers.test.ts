import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat, readReferences, ReferenceError } from '../../src/lib/references/index.ts';
import { readBibtex } from '../../src/lib/references/read-bibtex.ts';
import { readCslJson } from '../../src/lib/references/read-csl-json.ts';
import { readHfJson } from '../../src/lib/references/read-hf-json.ts';
import { readIdList } from '../../src/lib/references/read-id-list.ts';
import { readRis } from '../../src/lib/references/read-ris.ts';
import { PROJECT_ROOT } from '../helpers/run-script.ts';

const fixture = (name: string) => readFileSync(join(PROJECT_ROOT, 'tests/fixtures/references', name), 'utf8');

/** The diagnostics a reader throws for bad input. */
function refusal(read: () => unknown) {
  try {
    read();
  } catch (error) {
    if (error instanceof ReferenceError) return error.diagnostics;
    throw error;
  }
  throw new Error('the input was accepted');
}

const gatortronAuthors = [
  { family: 'Yang', given: 'Xi' },
  { family: 'van der Berg', given: 'Jan' },
];

describe('readBibtex', () => {
  const { records, diagnostics } = readBibtex(fixture('hostile.bib'), 'hostile.bib');

  test('reads every entry, each with the line it starts on and its key', () => {
    expect(records.map((r) => [r.key, r.line])).toEqual([
      ['yang2022gatortron', 4],
      ['doe2025new', 18],
      ['scholar2024', 27],
      ['zotero2024note', 34],
      ['biblatex2024', 43],
    ]);
    expect(diagnostics).toEqual([]);
  });

  test('turns LaTeX into text, keeps organisations whole and particles with the family name', () => {
    const [gatortron] = records;
    expect(gatortron!.paper).toEqual({
      title: 'GatorTron: A Large Clinical Language Model',
      abstract: 'We reach 50% of MIMIC-III notes. Models: https://huggingface.co/UFNLP/gatortron-base.',
      authors: [
        ...gatortronAuthors,
        { family: 'Müller', given: 'Jörg' },
        { literal: 'The MIMIC Consortium' },
        { family: 'Smith', given: 'John, Jr.' },
      ],
      arxiv: '2203.03540',
      arxivCategory: 'cs.CL',
      doi: '10.1038/s41746-022-00742-2',
      venue: { name: 'npj Digital Medicine', kind: 'journal' },
      links: [],
    });
  });

  test('reads a BibLaTeX date, a workshop, a code URL, and math as text', () => {
    expect(records[1]!.paper).toMatchObject({
      title: 'A New Paper on x² & Things',
      date: { precision: 'day', value: '2025-03-28' },
      venue: { name: 'Proceedings of the 7th Clinical NLP Workshop', kind: 'workshop' },
      links: [{ kind: 'code', url: 'https://github.com/doe/new-paper' }],
    });
    expect(records[1]!.paper.arxiv).toBeUndefined();
  });

  test("takes the arXiv id from Google Scholar's journal field and calls the venue a preprint", () => {
    expect(records[2]!.paper).toMatchObject({ arxiv: '2401.00001', venue: { name: 'arXiv', kind: 'preprint' } });
  });

  test("finds the arXiv id in Zotero's note beside arXiv's DOI, and in BibLaTeX's eprinttype/eprint", () => {
    expect(records[3]!.paper).toMatchObject({ arxiv: '2402.00002' });
    expect(records[3]!.paper.doi).toBeUndefined();
    expect(records[4]!.paper).toMatchObject({
      arxiv: '2403.00003',
      arxivCategory: 'eess.IV',
      date: { precision: 'day', value: '2024-03-01' },
    });
  });

  test('reads the survey export: 64 entries, each with an arXiv id and authors', () => {
    const survey = readBibtex(
      readFileSync(join(PROJECT_ROOT, 'content/digests/clinical-ai.bib'), 'utf8'),
      'clinical-ai.bib',
    );
    expect(survey.records).toHaveLength(64);
    expect(survey.records.every((r) => r.paper.arxiv && r.paper.authors && r.paper.authors.length > 0)).toBe(true);
    expect(survey.records.filter((r) => r.paper.doi)).toHaveLength(10);
  });

  test('refuses an unclosed entry, naming the line it starts on', () => {
    const problems = refusal(() =>
      readBibtex('% ok\n@article{x,\n  title = {Unclosed,\n  author = {A, B}\n}\n@misc{y, title={ok}}\n', 'bad.bib'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'error', file: 'bad.bib', line: 2 });
    expect(problems[0]!.message).toContain('cannot be read');
    expect(problems[0]!.fix).toBeTruthy();
  });

  test('keeps an unknown LaTeX command as written, with a warning', () => {
    const read = readBibtex('@misc{k, title = {A \\foo{bar} title}, author = {A, B}}', 'k.bib');
    expect(read.records[0]!.paper.title).toContain('\\foo');
    expect(read.diagnostics.map((d) => d.severity)).toEqual(['warning']);
  });
});

describe('readCslJson', () => {
  test('reads items with names, particles, organisations, DOI and date; arXiv DOI names the preprint', () => {
    const { records } = readCslJson(fixture('items.csl.json'), 'items.json');
    expect(records.map((r) => r.line)).toEqual([2, 16]);
    expect(records[0]!.paper).toEqual({
      title: 'GatorTron: A Large Clinical Language Model',
      authors: [...gatortronAuthors, { literal: 'The MIMIC Consortium' }],
      date: { precision: 'day', value: '2022-02-03' },
      arxiv: '2203.03540',
      doi: '10.1038/s41746-022-00742-2',
      venue: { name: 'npj Digital Medicine', kind: 'journal' },
      links: [],
    });
    expect(records[1]!.paper).toMatchObject({ arxiv: '2503.22397', date: { precision: 'day', value: '2025-03-28' } });
    expect(records[1]!.paper.doi).toBeUndefined();
  });

  test('refuses what the CSL schema refuses, naming the item and field', () => {
    const problems = refusal(() => readCslJson('[\n  {"id": "a", "type": "journal", "title": "x"}\n]', 'bad.json'));
    expect(problems[0]).toMatchObject({ line: 2 });
    expect(problems[0]!.message).toMatch(/item 0, type: must be equal to one of the allowed values/);
  });

  test('refuses broken JSON at its line', () => {
    expect(refusal(() => readCslJson('[{"id": "a",\n"type": "article",}]', 'bad.json'))[0]).toMatchObject({ line: 2 });
  });
});

describe('readRis', () => {
  test('reads CRLF records with wrapped abstracts and organisations, each from its TY line', () => {
    const { records } = readRis(fixture('items.ris'), 'items.ris');
    expect(records.map((r) => r.line)).toEqual([1, 14]);
    expect(records[0]!.paper).toMatchObject({
      abstract: 'An abstract that wraps onto a second line.',
      authors: [...gatortronAuthors, { literal: 'The MIMIC Consortium' }],
      doi: '10.1038/s41746-022-00742-2',
      arxiv: '2203.03540',
      venue: { name: 'npj Digital Medicine', kind: 'journal' },
    });
    expect(records[1]!.paper).toMatchObject({ title: 'A Preprint', arxiv: '2503.22397' });
  });

  test.each([
    ['text outside a record', 'TY  - JOUR\nTI  - x\nER  - \ngarbage\n', 4, /outside any RIS record/],
    ['a record without ER', 'TY  - JOUR\nTI  - x\n', 1, /never ends/],
    ['a stray line after a blank line', 'TY  - JOUR\nTI  - x\n\nnot a tag\nER  - \n', 4, /not an RIS tag/],
  ])('refuses %s, naming the line', (_name, text, line, message) => {
    const [problem] = refusal(() => readRis(text, 'bad.ris'));
    expect(problem).toMatchObject({ line });
    expect(problem!.message).toMatch(message);
  });
});

describe('readHfJson', () => {
  test('reads daily papers: text kept literally, names split, links, counts and organisation', () => {
    const { records } = readHfJson(fixture('hf-daily.json'), 'daily.json');
    expect(records).toEqual([
      {
        paper: {
          title: 'GAITGen: <b>Gait</b> & {braces} $x$',
          abstract: 'An abstract with https://github.com/vida/gaitgen.',
          authors: [
            { family: 'Adeli', given: 'Vida' },
            { family: 'van Beethoven', given: 'Ludwig' },
          ],
          date: { precision: 'day', value: '2025-03-28' },
          arxiv: '2503.22397',
          links: [
            { kind: 'code', url: 'https://github.com/vida/gaitgen' },
            { kind: 'project', url: 'https://vida.github.io/gaitgen' },
          ],
        },
        line: 2,
        key: '2503.22397',
        extra: { upvotes: 3, comments: 2, organization: { slug: 'uoft', name: 'University of Toronto' } },
      },
    ]);
  });

  test('reads one paper object as /api/papers/<id> returns it', () => {
    expect(readHfJson(fixture('hf-paper.json'), 'p.json').records[0]!.paper).toMatchObject({
      arxiv: '2401.00001',
      title: 'One Paper',
    });
  });

  test('refuses an item whose paper id is not an arXiv id', () => {
    expect(refusal(() => readHfJson('[{"paper": {"id": "not-an-id", "title": "x"}}]', 'bad.json'))[0]!.message).toMatch(
      /not an arXiv id/,
    );
  });
});

describe('readIdList', () => {
  test('reads ids, arXiv and Hugging Face URLs and DOIs, skipping comments and blank lines', () => {
    expect(readIdList(fixture('ids.txt'), 'ids.txt').records.map((r) => [r.line, r.paper])).toEqual([
      [2, { arxiv: '2203.03540' }],
      [3, { arxiv: '2503.22397' }],
      [4, { arxiv: '2401.00001' }],
      [6, { doi: '10.1000/xyz123' }],
    ]);
  });

  test('refuses a line that names no paper', () => {
    expect(refusal(() => readIdList('2203.03540\nGatorTron\n', 'ids.txt'))[0]).toMatchObject({
      line: 2,
      found: '"GatorTron"',
    });
  });
});

describe('detectFormat', () => {
  test.each([
    ['hostile.bib', 'bibtex'],
    ['items.csl.json', 'csl-json'],
    ['items.ris', 'ris'],
    ['hf-daily.json', 'hf-json'],
    ['hf-paper.json', 'hf-json'],
    ['ids.txt', 'id-list'],
  ])('%s is %s', (name, format) => {
    expect(detectFormat(fixture(name)).format).toBe(format);
  });

  test('the seed listing is a listing, and so is anything unstructured', () => {
    expect(detectFormat(readFileSync(join(PROJECT_ROOT, 'content/digests/clinical-ai.txt'), 'utf8')).format).toBe(
      'listing',
    );
    expect(detectFormat('Some words\n2203.03540\n').format).toBe('listing');
  });

  test.each([
    ['[![Hugging Face](https://huggingface.co/front/assets/huggingface_logo.svg)](/)\n\n# Papers\n'],
    ['[Hugging Face][1]\n\nDaily Papers\n'],
    ['{braces} in a title line\nsome abstract\n'],
  ])('a Markdown or text capture that starts with a bracket is a listing: %j', (text) => {
    expect(detectFormat(text).format).toBe('listing');
  });

  test('broken JSON is still JSON, so its reader can say where it breaks', () => {
    expect(detectFormat('[\n  {"id": "a",\n').format).toBe('csl-json');
  });

  test('goes by content, with a BOM, whatever the file is called', async () => {
    expect(detectFormat(`\uFEFF${fixture('items.ris')}`).format).toBe('ris');
    const text = fixture('items.csl.json');
    expect((await readReferences(text, 'looks-like.bib', detectFormat(text).format as 'csl-json')).format).toBe(
      'csl-json',
    );
  });
});
