import { quote, type Diagnostic } from '../diagnostics.ts';
import type { DigestPaper } from '../paper.ts';

/** A line kept for a record: text (a heading when the capture marked it so), or the authors count. */
export interface RecordLine {
  kind: 'text' | 'authors';
  text: string;
  count?: number;
  line: number;
  heading?: boolean;
}

/** A run of lines that belong together; `arxiv` is set when a paper link was on it or followed it. */
export interface Paragraph {
  lines: RecordLine[];
  /** What separated it from the paragraph before: a line break, or a blank line. */
  gap: '\n' | '\n\n';
  /** How its lines join: a space in a hard-wrapped capture, a line break where each line is the page's own. */
  joiner: ' ' | '\n';
  /** The capture's tool breaks words at hyphens (html2text): `well-` + `labelled` joins without a space. */
  breaksAtHyphens?: boolean;
  arxiv?: string;
  /** The Hugging Face profile (`umassnlp`) a link on it or after it points to: an organisation's slug. */
  profile?: string;
}

/** A record's fields, before its date and counts are read: the `DigestPaper` it becomes, so far. */
export type AssembledPaper = Omit<DigestPaper, 'date' | 'comments' | 'upvotes'>;

interface Context {
  file: string;
  /** The line of the record's date, for messages about a record with no text at all. */
  closingLine: number;
  /** The first record: text before its title is the page header. */
  first: boolean;
}

const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/** An abstract is long; a title or a stray line of page text is short. */
export const LONG_TEXT = 300;
/** The page header's lines are short ("Get trending papers in your email inbox!"); a paragraph this long is a paper's. */
export const HEADER_TEXT = 100;

/** The arXiv id of a Hugging Face paper URL (`/papers/2503.22397`), not of its comments anchor. */
export function paperIdOf(url: string): string | undefined {
  return /\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?(?:[?].*)?$/.exec(url)?.[1];
}

// Top-level pages of huggingface.co that are not a user's or an organisation's profile.
const SITE_PAGES = new Set([
  'papers',
  'models',
  'datasets',
  'spaces',
  'posts',
  'docs',
  'enterprise',
  'pricing',
  'login',
  'join',
  'search',
  'collections',
  'blog',
  'learn',
  'privacy',
  'terms-of-service',
  'huggingface',
  'settings',
  'new',
]);

/** The slug of a Hugging Face profile URL (`https://huggingface.co/umassnlp`), not of the site's own pages. */
export function profileOf(url: string): string | undefined {
  const slug = /^(?:https?:\/\/(?:www\.)?huggingface\.co)?\/([A-Za-z0-9][\w.-]*)\/?$/.exec(url)?.[1];
  return slug && !SITE_PAGES.has(slug.toLowerCase()) ? slug : undefined;
}

/** Turns the paragraphs before a record's `·` and date into a paper, or says what is missing. */
export function assembleRecord(
  paragraphs: Paragraph[],
  context: Context,
): { paper?: AssembledPaper; diagnostics: Diagnostic[]; usedLines: number[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (line: number, message: string, expected: string, fix: string, found?: string) => {
    diagnostics.push({
      severity: 'error',
      file: context.file,
      line,
      message,
      expected,
      ...(found ? { found } : {}),
      fix,
    });
    return { diagnostics, usedLines: [] };
  };
  const body = paragraphs
    .map((paragraph) => ({ ...paragraph, lines: [...paragraph.lines] }))
    .filter((paragraph) => paragraph.lines.length > 0);
  const meta = takeMeta(body);
  if (!meta) {
    const line = body.at(-1)?.lines.at(-1)?.line ?? context.closingLine;
    return fail(
      line,
      'a paper has no authors or organisation line before "·"',
      'a line "• N authors" or an organisation line "<hub-slug> <Display Name>" just before "·"',
      'restore the line from the listing',
    );
  }
  const stray = body.flatMap((paragraph) => paragraph.lines).find((line) => line.kind === 'authors');
  if (stray)
    return fail(
      stray.line,
      `an authors line ("${stray.count} authors") is inside a paper, not at its end`,
      'one authors or organisation line per paper, just before "·" and its date',
      'restore the "·" and date lines after it, or remove the extra authors line',
    );
  const repeated = findRepeatedLine(body);
  if (repeated)
    return fail(
      repeated.line,
      'a line repeats the line before it',
      'each line of a paper once',
      'remove the repeated line',
      quote(repeated.text),
    );
  const split = splitTitle(body);
  if (!split) {
    const only = body[0];
    if (!only)
      return fail(
        context.closingLine,
        'a paper has neither title nor abstract',
        'a title line and an abstract paragraph before the authors line',
        "restore the paper's title and abstract, or delete its leftover lines",
      );
    const text = joinLines(only);
    return text.length > LONG_TEXT
      ? fail(
          only.lines[0].line,
          `a paper has no title (its abstract starts ${quote(text, 50)})`,
          'a title line before the abstract',
          "add the paper's title on its own line, followed by a blank line",
        )
      : fail(
          only.lines[0].line,
          `the paper ${quote(text)} has no abstract`,
          'an abstract paragraph after the title',
          'add the abstract from the listing after the title',
        );
  }
  for (const leftover of split.before) {
    const text = joinLines(leftover);
    if (!context.first || text.length > HEADER_TEXT) {
      return fail(
        leftover.lines[0].line,
        `text before the title ${quote(split.title, 50)} is not part of it: ${quote(text, 50)}`,
        'each paper as title, abstract, "• N authors" or an organisation line, "·" and a date',
        'restore the missing lines of the paper before this one (its authors line, "·" and date), or delete the stray text',
      );
    }
  }
  const kept = body.slice(split.at);
  const arxiv = kept[0].arxiv ?? kept.find((paragraph) => paragraph.arxiv)?.arxiv;
  return {
    diagnostics,
    usedLines: [...kept.flatMap((paragraph) => paragraph.lines.map((line) => line.line)), meta.line],
    paper: {
      title: split.title,
      abstract: split.abstract,
      line: kept[0].lines[0].line,
      ...meta.fields,
      ...(arxiv ? { arxiv } : {}),
    },
  };
}

/** Removes the authors or organisation line that ends a record's text, and returns what it says. */
function takeMeta(
  body: Paragraph[],
): { fields: Pick<AssembledPaper, 'authorsCount' | 'organization'>; line: number } | undefined {
  const last = body.at(-1);
  const line = last?.lines.at(-1);
  if (!last || !line) return undefined;
  if (line.kind === 'authors') {
    last.lines.pop();
    if (last.lines.length === 0) body.pop();
    return { fields: { authorsCount: line.count }, line: line.line };
  }
  const organization = parseOrganization(line.text, last.breaksAtHyphens, last.profile);
  // html2text keeps no blank line before the organisation, but writes it as one word: `umassnlp_UMass_NLP`.
  const joinedToAbstract = last.breaksAtHyphens === true && last.lines.length > 1 && /^\S+_\S+$/.test(line.text.trim());
  // An organisation line follows at least a title; a lone short paragraph is a title, not an organisation.
  if (!organization || line.heading || (last.lines.length > 1 && !joinedToAbstract) || body.length < 2)
    return undefined;
  last.lines.pop();
  if (last.lines.length === 0) body.pop();
  return { fields: { organization }, line: line.line };
}

/** `umassnlp UMass NLP`, after an avatar's placeholder (`[avatar]`, `[IMG]`); html2text writes `umassnlp_UMass_NLP`. */
function parseOrganization(
  text: string,
  underscoresForSpaces = false,
  profile?: string,
): { slug: string; name: string } | undefined {
  let bare = text.replace(/^(\s*\[[^\[\]\s]{0,12}\])+\s*/, '').trim();
  if (underscoresForSpaces && !/\s/.test(bare)) bare = bare.replace(/_/g, ' ');
  // The profile link names the slug; the line may show it before the name, or show the name alone.
  if (profile && bare !== '' && bare.length <= 120)
    return { slug: profile, name: bare.startsWith(`${profile} `) ? bare.slice(profile.length + 1).trim() : bare };
  const match = /^([A-Za-z0-9][\w.-]*)\s+(\S.{0,118})$/.exec(bare);
  return match ? { slug: match[1], name: match[2].trim() } : undefined;
}

/** Finds the title (a heading, a paragraph linked to the paper, or the one before the abstract). */
function splitTitle(
  body: Paragraph[],
): { title: string; abstract: string; at: number; before: Paragraph[] } | undefined {
  const headingAt = body.findLastIndex((paragraph) => paragraph.lines[0].heading);
  const linkedAt = body.findIndex((paragraph, index) => paragraph.arxiv && index < body.length - 1);
  const at = headingAt >= 0 ? headingAt : linkedAt >= 0 ? linkedAt : body.length - 2;
  if (at < 0 || at >= body.length - 1) return undefined;
  const joined = body[at].lines
    .map((line) => line.text.trim())
    .filter(Boolean)
    .reduce((sum, next) => joinPair(sum, next, ' ', body[at].breaksAtHyphens), '');
  // html2text writes a heading's spaces as `_`.
  const title = body[at].breaksAtHyphens && body[at].lines[0].heading ? joined.replace(/_/g, ' ') : joined;
  const abstract = body
    .slice(at + 1)
    .map((paragraph, index) => (index === 0 ? '' : paragraph.gap) + joinLines(paragraph))
    .join('');
  return { title, abstract, at, before: body.slice(0, at) };
}

/** Two identical lines in a row inside a paper: a copy went wrong, and joining them would change the paper. */
function findRepeatedLine(body: Paragraph[]): RecordLine | undefined {
  for (const paragraph of body) {
    const found = paragraph.lines.find(
      (line, index) =>
        index > 0 && line.text.trim() !== '' && line.text.trim() === paragraph.lines[index - 1].text.trim(),
    );
    if (found) return found;
  }
  return undefined;
}

function joinLines(paragraph: Paragraph): string {
  return paragraph.lines
    .map((line) => line.text.trim())
    .reduce((joined, next) => joinPair(joined, next, paragraph.joiner, paragraph.breaksAtHyphens), '');
}

/** Joins wrapped lines; where the tool broke a word after its hyphen, no space is put back. */
function joinPair(joined: string, next: string, joiner: ' ' | '\n', breaksAtHyphens = false): string {
  if (joined === '') return next;
  if (breaksAtHyphens && /[\w]-$/.test(joined) && /^[\w-]/.test(next)) return joined + next;
  // Chinese and Japanese have no spaces between words: a line break between two such characters was wrapping.
  if (joiner === ' ' && CJK_END.test(joined) && CJK_START.test(next)) return joined + next;
  return joined + joiner + next;
}
