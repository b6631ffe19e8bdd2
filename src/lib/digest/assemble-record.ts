import { quote, type Diagnostic } from '../diagnostics.ts';
import { stripLinkMarkup } from './lex.ts';

/** A line kept for a record: paragraph text, or the authors count. */
export interface RecordLine {
  kind: 'text' | 'authors';
  text: string;
  count?: number;
  line: number;
}

/** A run of lines that belong together; `arxiv` is set when a paper URL followed it. */
export interface Paragraph {
  lines: RecordLine[];
  /** What separated it from the paragraph before: a line break, or a blank line. */
  gap: '\n' | '\n\n';
  arxiv?: string;
}

/** A record's fields, before its date is resolved. */
export interface AssembledPaper {
  title: string;
  abstract: string;
  authorsCount?: number;
  organization?: { slug: string; name: string };
  arxiv?: string;
  line: number;
}

interface Context {
  file: string;
  references: Map<number, string>;
  /** The line of the record's date, for messages about a record with no text at all. */
  closingLine: number;
}

// An abstract is long; a title or a stray line of page text is short.
const LONG_TEXT = 300;

/** Turns the paragraphs before a record's `·` and date into a paper, or says what is missing. */
export function assembleRecord(paragraphs: Paragraph[], context: Context): { paper?: AssembledPaper; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number, message: string, expected: string, fix: string) => {
    diagnostics.push({ severity: 'error', file: context.file, line, message, expected, fix });
    return { diagnostics };
  };
  const body = paragraphs.map((paragraph) => ({ ...paragraph, lines: [...paragraph.lines] }));
  const meta = takeMeta(body);
  if (!meta) {
    const line = body.at(-1)?.lines.at(-1)?.line ?? context.closingLine;
    return fail(line, 'a paper has no authors or organisation line before "·"', 'a line "• N authors" or an organisation line "<hub-slug> <Display Name>" just before "·"', 'restore the line from the listing');
  }
  const split = splitTitle(body, context.references);
  if (!split) {
    const only = body.find((paragraph) => paragraph.lines.length > 0);
    if (!only) return fail(context.closingLine, 'a paper has neither title nor abstract', 'a title line and an abstract paragraph before the authors line', 'restore the paper\'s title and abstract, or delete its leftover lines');
    const text = joinLines(only);
    return text.length > LONG_TEXT
      ? fail(only.lines[0].line, `a paper has no title (its abstract starts ${quote(text, 50)})`, 'a title line before the abstract', 'add the paper\'s title on its own line, followed by a blank line')
      : fail(only.lines[0].line, `the paper ${quote(text)} has no abstract`, 'an abstract paragraph after the title', 'add the abstract from the listing after the title');
  }
  for (const leftover of split.before) {
    const text = joinLines(leftover);
    const where = leftover.lines[0].line;
    if (text.length > LONG_TEXT) {
      return fail(where, `text that looks like an abstract is not part of a complete paper: ${quote(text, 50)}`, 'every paper to end with "• N authors" (or an organisation line), "·" and a date', 'restore the missing lines of the paper before this one');
    }
    diagnostics.push({ severity: 'warning', file: context.file, line: where, message: `ignored text that is not part of a paper: ${quote(text)}`, fix: 'if it is a paper, restore its abstract, authors line, "·" and date' });
  }
  const arxiv = split.arxiv ?? body.find((paragraph) => paragraph.arxiv)?.arxiv;
  return {
    diagnostics,
    paper: { title: split.title, abstract: split.abstract, line: split.line, ...meta, ...(arxiv ? { arxiv } : {}) },
  };
}

/** Removes the authors or organisation line that ends a record's text, and returns what it says. */
function takeMeta(body: Paragraph[]): Pick<AssembledPaper, 'authorsCount' | 'organization'> | undefined {
  const last = body.at(-1);
  const line = last?.lines.at(-1);
  if (!last || !line) return undefined;
  if (line.kind === 'authors') {
    last.lines.pop();
    if (last.lines.length === 0) body.pop();
    return { authorsCount: line.count };
  }
  const organization = /^([A-Za-z0-9][\w.-]*)\s+(\S.{0,118})$/.exec(stripLinkMarkup(line.text));
  // An organisation line follows at least a title; a lone short paragraph is a title, not an organisation.
  if (!organization || last.lines.length > 1 || body.length < 2) return undefined;
  body.pop();
  return { organization: { slug: organization[1], name: organization[2].trim() } };
}

/** Finds the title paragraph (a `###` heading, a linked paragraph, or the one before the abstract). */
function splitTitle(body: Paragraph[], references: Map<number, string>): { title: string; abstract: string; line: number; arxiv?: string; before: Paragraph[] } | undefined {
  const paragraphs = body.filter((paragraph) => paragraph.lines.length > 0);
  const headingAt = paragraphs.findLastIndex((paragraph) => /^#{1,6}\s/.test(paragraph.lines[0].text));
  if (headingAt >= 0) return splitHeading(paragraphs, headingAt, references);
  const linkedAt = paragraphs.findIndex((paragraph, index) => paragraph.arxiv && index < paragraphs.length - 1);
  const titleAt = linkedAt >= 0 ? linkedAt : paragraphs.length - 2;
  if (titleAt < 0) return undefined;
  const title = unlink(joinLines(paragraphs[titleAt]), references);
  const rest = paragraphs.slice(titleAt + 1);
  return { title: title.text, arxiv: paragraphs[titleAt].arxiv ?? title.arxiv, line: paragraphs[titleAt].lines[0].line, abstract: joinParagraphs(rest, references), before: paragraphs.slice(0, titleAt) };
}

/** A `### [Title][N]` heading may wrap; the link's closing `][N]` ends the title. */
function splitHeading(paragraphs: Paragraph[], at: number, references: Map<number, string>) {
  const heading = paragraphs[at];
  const closes = heading.lines.findIndex((line) => /\]\[\d+\]\s*$/.test(line.text));
  const titleLines = closes >= 0 ? heading.lines.slice(0, closes + 1) : heading.lines;
  const title = unlink(titleLines.map((line) => line.text.trim()).join(' ').replace(/^#{1,6}\s+/, ''), references);
  const tail: Paragraph[] = closes >= 0 && closes < heading.lines.length - 1 ? [{ gap: '\n\n', lines: heading.lines.slice(closes + 1) }] : [];
  const rest = [...tail, ...paragraphs.slice(at + 1)];
  if (rest.length === 0) return undefined;
  return { title: title.text, arxiv: heading.arxiv ?? title.arxiv, line: heading.lines[0].line, abstract: joinParagraphs(rest, references), before: paragraphs.slice(0, at) };
}

/** `[Title][12]` (or lynx's `[12]Title`) → the title, and the arXiv id when reference 12 is a paper URL. */
function unlink(text: string, references: Map<number, string>): { text: string; arxiv?: string } {
  const bracketed = /^\[(.*)\]\[(\d+)\]$/.exec(text);
  const lynx = /^\[(\d+)\](\S.*)$/.exec(text);
  const [title, number] = bracketed ? [bracketed[1], bracketed[2]] : lynx && references.has(Number(lynx[1])) ? [lynx[2], lynx[1]] : [];
  if (title === undefined) return { text: stripInlineLinks(text, references) };
  const target = references.get(Number(number)) ?? '';
  const arxiv = /\/papers\/(\d{4}\.\d{4,5})/.exec(target)?.[1];
  return arxiv ? { text: title, arxiv } : { text: title };
}

/** Inline links of a dump become their text when N is a known reference: `[text][N]`, or lynx's `[N]text`. */
function stripInlineLinks(text: string, references: Map<number, string>): string {
  return text
    .replace(/\[([^\[\]]+)\]\[(\d+)\]/g, (whole, inner: string, number: string) => (references.has(Number(number)) ? inner : whole))
    .replace(/\[(\d+)\](?=\S)/g, (whole, number: string) => (references.has(Number(number)) ? '' : whole));
}

function joinLines(paragraph: Paragraph): string {
  return paragraph.lines.map((line) => line.text.trim()).join(' ');
}

function joinParagraphs(paragraphs: Paragraph[], references: Map<number, string>): string {
  return paragraphs.map((paragraph, index) => (index === 0 ? '' : paragraph.gap) + stripInlineLinks(joinLines(paragraph), references)).join('');
}
