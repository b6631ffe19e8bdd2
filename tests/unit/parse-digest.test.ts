import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { decodeDigest } from '../../src/lib/digest/decode.ts';
import * as api from '../../src/lib/digest/parse-digest.ts';
import { DigestError, parseDigest, type ParsedDigest } from '../../src/lib/digest/parse-digest.ts';

/**
 * A diagnostic as a fixture expects it: its severity and line exactly, and phrases its formatted text
 * must contain (the message, and the `expected:` / `found:` details that tell a person what to fix).
 */
interface ExpectedDiagnostic {
  severity: Diagnostic['severity'];
  line: number;
  says: string[];
}

/** `expected.json`: either the parse result (papers compared field by field) or the error thrown. */
interface Expected {
  papers?: unknown[];
  pageDate?: unknown;
  diagnostics?: ExpectedDiagnostic[];
  throws?: ExpectedDiagnostic[];
}

const FIXTURES = 'tests/fixtures/digest';
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Reads a case as bytes (BOM, CRLF and NUL bytes must reach the decoder untouched). */
function load(name: string) {
  const file = join(FIXTURES, name, 'input.txt');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  return { file, bytes: readFileSync(file), expected };
}

/** Runs the pipeline the ingest CLI runs: decode, then parse. */
function run(bytes: Uint8Array, file: string): { parsed?: ParsedDigest; error?: unknown } {
  try {
    return { parsed: parseDigest(decodeDigest(bytes, file), file) };
  } catch (error) {
    return { error };
  }
}

function expectDiagnostics(actual: Diagnostic[], expected: ExpectedDiagnostic[], file: string): void {
  expect(actual.map(({ severity, line }) => ({ severity, line }))).toEqual(
    expected.map(({ severity, line }) => ({ severity, line })),
  );
  expected.forEach((want, index) => {
    const text = formatDiagnostic(actual[index]);
    expect(actual[index].file).toBe(file);
    expect(text.startsWith(`${want.line > 0 ? `${file}:${want.line}` : file}: ${want.severity}: `), text).toBe(true);
    for (const phrase of want.says) expect(text, `diagnostic ${index}`).toContain(phrase);
  });
}

describe('parseDigest', () => {
  test('exports parseDigest, DigestError and stripLinkMarkup', () => {
    expect(Object.keys(api).sort()).toEqual(['DigestError', 'parseDigest', 'stripLinkMarkup']);
  });

  test('has a fixture for every case', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  test.each(cases)('returns what tests/fixtures/digest/%s/expected.json says', (name) => {
    const { file, bytes, expected } = load(name);
    const { parsed, error } = run(bytes, file);
    if (expected.throws) {
      expect(error, 'expected a DigestError').toBeInstanceOf(DigestError);
      const { diagnostics, message } = error as DigestError;
      expectDiagnostics(diagnostics, expected.throws, file);
      expect(message).toBe(diagnostics.map(formatDiagnostic).join('\n'));
      return;
    }
    expect(error).toBeUndefined();
    expect(parsed!.papers).toStrictEqual(expected.papers);
    expect(parsed!.pageDate).toStrictEqual(expected.pageDate ?? undefined);
    expectDiagnostics(parsed!.diagnostics, expected.diagnostics ?? [], file);
  });

  // The decoder drops a BOM; parseDigest must cope with one too, as callers may decode text themselves.
  test.each(cases.filter((name) => !load(name).expected.throws))(
    'gives the same result for %s when the BOM is kept in the text',
    (name) => {
      const { file, bytes } = load(name);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(parseDigest(text, file)).toStrictEqual(run(bytes, file).parsed);
    },
  );

  // The @example of parseDigest, with every line ending and with or without a BOM right before the title.
  test.each([
    ['LF', '', '\n'],
    ['CRLF after a BOM', '\uFEFF', '\r\n'],
    ['CR after a BOM', '\uFEFF', '\r'],
  ])('reads the documented example with %s line ends', (_what, bom, eol) => {
    const text = bom + ['Title', '', 'Abstract text.', '', '  • 3 authors', '·', 'Mar 28, 2025'].join(eol);
    expect(parseDigest(text, 'x.txt').papers).toStrictEqual([
      {
        title: 'Title',
        abstract: 'Abstract text.',
        authorsCount: 3,
        date: { precision: 'day', value: '2025-03-28' },
        line: 1,
      },
    ]);
  });

  test('the CRLF/BOM capture yields the same papers as the plain one', () => {
    const plain = load('plain-seed-shape');
    const crlf = load('crlf-bom-no-final-newline');
    expect([...crlf.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.bytes.includes('\r\n')).toBe(true);
    expect(crlf.bytes.at(-1)).not.toBe(0x0a);
    expect(run(crlf.bytes, 'x').parsed!.papers).toStrictEqual(run(plain.bytes, 'x').parsed!.papers);
  });
});

describe('parseDigest on the seed digest', () => {
  const file = 'content/digests/clinical-ai.txt';
  const bytes = readFileSync(file);
  const lines = bytes.toString('utf8').split('\n');
  const parsed = parseDigest(decodeDigest(bytes, file), file);
  // Read independently of the parser: in the seed, every record is exactly
  // title, blank, abstract, blank, authors-or-organisation, "·", date.
  const separators = lines.flatMap((line, index) => (line === '·' ? [index] : []));

  test('finds exactly 64 papers with 64 distinct titles, and nothing to report', () => {
    expect(separators).toHaveLength(64);
    expect(parsed.papers).toHaveLength(64);
    expect(new Set(parsed.papers.map((paper) => paper.title)).size).toBe(64);
    expect(parsed.diagnostics).toEqual([]);
  });

  test('keeps every title and abstract byte-identical to its line of the digest', () => {
    expect(parsed.papers.map((paper) => paper.title)).toEqual(separators.map((index) => lines[index - 5]));
    expect(parsed.papers.map((paper) => paper.abstract)).toEqual(separators.map((index) => lines[index - 3]));
    for (const paper of parsed.papers) expect(lines[paper.line - 1]).toBe(paper.title);
  });

  test('reads each authors count, organisation and comment count from its own line', () => {
    const meta = separators.map((index) => {
      const authors = /^ {2}• (\d+) authors$/.exec(lines[index - 1]);
      const comments = /\d{4} (\d+)$/.exec(lines[index + 1]);
      const [slug, ...name] = lines[index - 1].split(' ');
      return {
        ...(authors ? { authorsCount: Number(authors[1]) } : { organization: { slug, name: name.join(' ') } }),
        ...(comments ? { comments: Number(comments[1]) } : {}),
      };
    });
    expect(meta.filter((m) => 'organization' in m)).toHaveLength(3);
    expect(
      parsed.papers.map(({ authorsCount, organization, comments }) => ({ authorsCount, organization, comments })),
    ).toEqual(meta);
  });

  test('gives every paper the full date of its date line', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const dates = separators.map((index) => {
      const [month, day, year] = lines[index + 1].replace(',', '').split(' ');
      return {
        precision: 'day',
        value: `${year}-${String(months.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
      };
    });
    expect(parsed.papers.map((paper) => paper.date)).toEqual(dates);
  });
});
