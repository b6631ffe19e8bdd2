import { DiagnosticError, type Diagnostic } from '../diagnostics.ts';
import type { DigestPaper } from '../paper.ts';
import { resolveListingDate, type ListingDate } from './listing-date.ts';
import { DigestWalk } from './digest-walk.ts';
import { detectShape } from './capture-shape.ts';
import { lexDigest, stripLinkMarkup, type Token } from './lex.ts';
import { isHardWrapped } from './hard-wrap.ts';
import { liftMarkup } from './lift-markup.ts';

/** What a digest yielded: its papers in order, the page date, and every problem found. */
export interface ParsedDigest {
  papers: DigestPaper[];
  pageDate?: ListingDate;
  diagnostics: Diagnostic[];
  /** Every line accounted for: part of a paper, page chrome (header, navigation, links, footer, blank), or reported. */
  lines: { total: number; paper: number; chrome: number; reported: number };
  /** Record ends (`·` and a date) in the capture: the papers it holds, read or not. */
  recordsFound: number;
  /** The errors that each concern one record: `--skip-invalid` imports the rest and lists these. */
  skippable: Diagnostic[];
}

/** What the caller knows about the text beyond the text itself. */
export interface ParseOptions {
  /** Lines whose bytes were not valid UTF-8 (see `decodeCapture`): a paper on one of them is an error. */
  invalidLines?: number[];
}

/** Thrown for input that cannot be a digest at all (empty, binary, no papers); carries its diagnostics. */
export class DigestError extends DiagnosticError {
  override name = 'DigestError';
}

/**
 * Parses the text of a Hugging Face papers listing into papers. Structure is found by pattern: each
 * paper is a title, an abstract, an authors or organisation line, `·` and a date. It reads the plain
 * copy, copies with link URLs on their own lines, and text-browser dumps with `[text][N]` links,
 * `### [Title][N]` headings, upvote counts and hard-wrapped paragraphs. Problems with single records
 * are returned as diagnostics; a text with no paper at all throws a `DigestError`.
 *
 * @example
 * parseDigest('Title\n\nAbstract text.\n\n  • 3 authors\n·\nMar 28, 2025', 'x.txt').papers[0]
 * // { title: 'Title', abstract: 'Abstract text.', authorsCount: 3, date: { precision: 'day', value: '2025-03-28' }, line: 1 }
 */
export function parseDigest(text: string, file: string, options: ParseOptions = {}): ParsedDigest {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.every((line) => line.trim() === '')) {
    throw new DigestError([
      {
        severity: 'error',
        file,
        line: 0,
        message: 'the digest is empty',
        expected: 'the text of a Hugging Face papers listing',
        fix: 'copy the listing page again, or remove the empty file',
      },
    ]);
  }
  const shape = detectShape(lines);
  const tokens = lexDigest(
    liftMarkup(lines, shape),
    shape.references.size === 0 && !shape.markdown && !shape.html2text,
  );
  const state = new DigestWalk(file, isHardWrapped(tokens, lines), shape.html2text, new Set(options.invalidLines));
  for (const token of tokens) state.take(token);
  state.finish();
  state.checkUpvotes();
  const anchors = countAnchors(tokens);
  if (anchors.length !== state.recordsRead) state.diagnostics.push(anchorMismatch(file, anchors, state.recordsRead));
  if (state.papers.length === 0) {
    // Keep the record errors that explain why nothing was found; add the general one only without them.
    if (!state.diagnostics.some((d) => d.severity === 'error'))
      state.diagnostics.push(noPapersFound(file, state.sawText));
    throw new DigestError(state.diagnostics);
  }
  const pageDate = state.pageDate;
  const papers = state.papers
    .map((paper) => ({ ...paper, date: resolveListingDate(paper.rawDate, pageDate) }))
    .map(({ rawDate: _rawDate, ...paper }) => paper);
  const reported = new Set(
    state.diagnostics.map((d) => d.line).filter((line) => line > 0 && !state.paperLines.has(line)),
  );
  const total = lines.length;
  return {
    papers,
    pageDate,
    diagnostics: state.diagnostics,
    lines: {
      total,
      paper: state.paperLines.size,
      chrome: total - state.paperLines.size - reported.size,
      reported: reported.size,
    },
    recordsFound: anchors.length,
    skippable: state.recordErrors,
  };
}

/**
 * The lines that end a record, counted apart from the walk: each `·` separator, and each date right
 * after an authors line (a copy that lost its `·`). Every one must have been read as a record.
 */
function countAnchors(tokens: Token[]): number[] {
  const anchors: number[] = [];
  let previous: Token | undefined;
  for (const token of tokens) {
    if (token.kind === 'separator' || (token.kind === 'date' && previous?.kind === 'authors')) anchors.push(token.line);
    if (token.kind !== 'blank' && token.kind !== 'noise' && token.kind !== 'url') previous = token;
  }
  return anchors;
}

function anchorMismatch(file: string, anchors: number[], read: number): Diagnostic {
  return {
    severity: 'error',
    file,
    line: anchors[read] ?? anchors.at(-1) ?? 0,
    message: `the capture has ${anchors.length} record ends ("·" and a date) but ${read} records were read`,
    expected: 'one paper per "·" line',
    found: `${anchors.length} "·" lines, ${read} records`,
    fix: 'check the lines around this one for a paper whose lines were merged or split, and restore them from the listing',
  };
}

function noPapersFound(file: string, sawText: boolean): Diagnostic {
  return {
    severity: 'error',
    file,
    line: 0,
    message: 'no papers found in the digest',
    expected:
      'after the page header, records of: title, abstract, "• N authors" or an organisation line, "·", and a date such as "Mar 28, 2025"',
    found: sawText ? 'text, but no record ending in "·" and a date' : 'only the page header',
    fix: 'check that the file is a copy of a papers listing with at least one complete paper',
  };
}

export { stripLinkMarkup };
