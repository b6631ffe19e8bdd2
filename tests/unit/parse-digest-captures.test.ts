import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeCapture } from '../../src/lib/digest/decode.ts';
import { parseDigest, type ParsedDigest } from '../../src/lib/digest/parse-digest.ts';
import type { DigestPaper } from '../../src/lib/paper.ts';
import type { Listing, ListingPaper } from '../../scripts/captures/listing.ts';
import { renderListing } from '../../scripts/captures/render-listing.ts';

const DIR = 'tests/fixtures/captures';
const SEED = 'content/digests/clinical-ai.txt';
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Array<{
  file: string;
  input: string;
  tool: string;
  version: string;
  command: string;
}>;
const listing = JSON.parse(readFileSync(join(DIR, 'source/listing.json'), 'utf8')) as Listing;
const defects = JSON.parse(readFileSync(join(DIR, 'tool-defects.json'), 'utf8')) as Record<
  string,
  { papers: string[] }
>;
const seedPapers = parseDigest(readFileSync(SEED, 'utf8'), SEED).papers;

/** The capture as the importer reads it: bytes decoded (broken lines named), then parsed. */
function read(file: string): ParsedDigest {
  const { text, invalidLines } = decodeCapture(readFileSync(join(DIR, file)), file);
  return parseDigest(text, file, { invalidLines });
}

/** Text with every whitespace removed: what survives any tool's wrapping. */
const glyphs = (text: string) => text.replace(/\s+/g, '');
/** Text with runs of whitespace as one space: what a copy that never wraps must keep. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A tool that keeps each paragraph on one line (no wrapping to undo). */
const unwrapped = (file: string) => /chromium|turndown|seed-crlf|seed-bom/.test(file);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The dates a paper may get: the full date when the card shows a year; else partial, or the page's year. */
function acceptableDates(shown: string): string[] {
  const [month, day, year] = shown.replace(',', '').split(' ');
  const md = `${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return year ? [`${year}-${md}`] : [`--${md}`, `${listing.pageDate.iso.slice(0, 4)}-${md}`];
}

function expectSameText(got: DigestPaper, want: { title: string; abstract: string }, file: string): void {
  expect(glyphs(got.title), `${file}: title`).toBe(glyphs(want.title));
  expect(glyphs(got.abstract), `${file}: abstract of ${want.title}`).toBe(glyphs(want.abstract));
  if (unwrapped(file)) {
    expect(words(got.title), `${file}: title`).toBe(words(want.title));
    expect(words(got.abstract), `${file}: abstract`).toBe(words(want.abstract));
  }
}

describe('the capture corpus', () => {
  test('every capture was made by a tool the manifest names, with its command and version', () => {
    const made = readdirSync(join(DIR, 'out'))
      .map((name) => `out/${name}`)
      .sort();
    expect(manifest.map((entry) => entry.file).sort()).toEqual(made);
    expect(new Set(manifest.map((entry) => entry.tool))).toEqual(
      new Set(['lynx', 'w3m', 'elinks', 'html2text', 'pandoc', 'turndown', 'chromium', 'fold', 'sed', 'node']),
    );
    for (const entry of manifest) expect(entry.version, entry.file).toMatch(/\d/);
  });

  test('the page is the one its data renders (the HTML was regenerated after the data changed)', () => {
    expect(readFileSync(join(DIR, 'source/hf-papers-listing.html'), 'utf8')).toBe(renderListing(listing));
  });
});

describe.each(manifest.filter((entry) => entry.input !== SEED).map((entry) => entry.file))(
  'the listing captured as %s',
  (file) => {
    const parsed = read(file);
    const text = readFileSync(join(DIR, file), 'latin1');
    const damaged = new Set(defects[file]?.papers ?? []);
    const expected = listing.papers.filter((paper) => !damaged.has(paper.arxiv));

    test('imports every paper the tool kept whole, in the page order', () => {
      expect(parsed.papers.map((paper) => glyphs(paper.title))).toEqual(expected.map((paper) => glyphs(paper.title)));
    });

    test.each(expected.map((paper, index) => [paper.arxiv, paper, index] as [string, ListingPaper, number]))(
      'paper %s: text, counts, organisation, date and id as on the page',
      (_id, want, index) => {
        const got = parsed.papers[index];
        expectSameText(got, want, file);
        expect({
          authorsCount: got.authorsCount,
          organization: got.organization,
          comments: got.comments,
          upvotes: got.upvotes,
        }).toEqual({
          authorsCount: want.authorsCount,
          organization: want.organization,
          comments: want.comments,
          upvotes: want.upvotes,
        });
        expect(acceptableDates(want.date)).toContain(got.date.value);
        // The id comes from the paper's link: where the capture kept the link, the id must be found.
        expect(got.arxiv).toBe(text.includes(`/papers/${want.arxiv}`) ? want.arxiv : undefined);
      },
    );

    test('accounts for every line, and reports only what the tool damaged', () => {
      const { total, paper, chrome, reported } = parsed.lines;
      expect(paper + chrome + reported).toBe(total);
      expect(total).toBe(text.split(/\r\n|\r|\n/).length);
      expect(parsed.recordsFound).toBe(listing.papers.length);
      expect(parsed.diagnostics.map((d) => d.message)).toEqual(
        [...damaged].map(() => 'the line has bytes that are not valid UTF-8'),
      );
      expect(parsed.skippable).toHaveLength(damaged.size);
    });
  },
);

describe.each(manifest.filter((entry) => entry.input === SEED).map((entry) => entry.file))(
  'the seed copied as %s',
  (file) => {
    const parsed = read(file);

    test("gives the seed's 64 papers, with nothing to report", () => {
      expect(parsed.diagnostics).toEqual([]);
      expect(parsed.papers).toHaveLength(64);
      parsed.papers.forEach((got, index) => {
        const want = seedPapers[index];
        expectSameText(got, want, file);
        const { title: _t, abstract: _a, line: _l, ...rest } = got;
        const { title: _wt, abstract: _wa, line: _wl, ...wantRest } = want;
        expect(rest, `${file}: ${want.title}`).toEqual(wantRest);
      });
    });
  },
);
