import { Transform } from 'unicode2latex';
import type { Author } from '../schema.ts';
import { isProperNoun } from './proper-nouns.ts';

// unicode2latex's minimal mode escapes only what TeX treats specially and leaves other Unicode as UTF-8,
// which biber and modern BibTeX read. Braces become \textbraceleft/right rather than \{ \}: BibTeX counts
// braces without regard to backslashes, so a lone \{ would unbalance the field. < and > get text
// commands: the library's math form ($>\_\_$) would pull neighbouring characters into math mode.
const transform = new Transform('minimal', {
  charmap: {
    '{': { text: '\\textbraceleft' },
    '}': { text: '\\textbraceright' },
    '<': { text: '\\textless' },
    '>': { text: '\\textgreater' },
  },
});

// Text that unicode2latex's minimal mode returns unchanged (tests/unit/cite-tex-plain.test.ts holds this).
const PLAIN_TEXT = /^[A-Za-z0-9 ,.:;()/+?!'`\-]*$/;

/**
 * Escapes text for a BibTeX field: `& % $ # _ { } ~ ^ \` become TeX commands, ligatures such as `--`
 * are broken so they print as written, and non-ASCII stays UTF-8 (biber and modern BibTeX read it).
 *
 * @example
 * escapeTex('Detection & Correction') // 'Detection \\& Correction'
 * escapeTex('x^2 ~ y') // 'x\\textasciicircum{}2 \\textasciitilde{} y'
 */
export function escapeTex(text: string): string {
  // Most titles hold nothing TeX treats specially, and the library walks every character: skip it then.
  return PLAIN_TEXT.test(text) ? breakLigatures(text) : escapeTexByLibrary(text);
}

/** {@link escapeTex} through unicode2latex, for any text; escapeTex itself skips it for plain ASCII. */
export function escapeTexByLibrary(text: string): string {
  // With preservemacrospacers the library marks with NUL where a command needs ending; `{}` ends it
  // everywhere alike, so a space in the output is always a real space (protectCase relies on that).
  const latex = transform.tolatex(text.replace(/\0/g, ''), { preservemacrospacers: true }).replace(/\0/g, '{}');
  return breakLigatures(latex);
}

/**
 * TeX fonts join `--` into a dash, `''` and two backticks into curly quotes, `,,` into a low quote and
 * `!` or `?` before a backtick into inverted marks; `{}` between the characters keeps the text as written.
 */
function breakLigatures(latex: string): string {
  return latex.replace(/([-'`,])(?=\1)/g, '$1{}').replace(/([!?])(?=`)/g, '$1{}');
}

/**
 * Collapses runs of whitespace, Unicode spaces such as U+2003 included, to one space, as BibTeX does
 * when it reads; a no-break space stays (it becomes the tie `~`).
 */
export function collapseSpaces(text: string): string {
  return text.replace(/[^\S\u00a0]+/g, ' ').replace(/^ | $/g, '');
}

/** Plain text as a BibTeX field value: spaces collapsed, TeX specials escaped. */
export function bibtexText(text: string): string {
  return escapeTex(collapseSpaces(text));
}

const LEADING_PUNCTUATION = /^[([“‘"']*/u;
const TRAILING_PUNCTUATION = /[.,:;?!)\]”’"']*$/u;

/** A token of a title split at spaces: the word and the punctuation around it. */
interface TitleWord {
  lead: string;
  word: string;
  trail: string;
}

function splitWord(token: string): TitleWord {
  const lead = LEADING_PUNCTUATION.exec(token)?.[0] ?? '';
  const rest = token.slice(lead.length);
  const trail = TRAILING_PUNCTUATION.exec(rest)?.[0] ?? '';
  return { lead, word: rest.slice(0, rest.length - trail.length), trail };
}

/**
 * Wraps in braces the words of escaped TeX whose capitals must survive a style that lowercases titles:
 * acronyms and CamelCase (`{GatorTron}`, `{CLIN-X}`, `{3D}`, `{Clinical-R1}`), proper nouns (`{Spanish}`,
 * `{Hindi-English}`), and, in a title written in sentence case, every capitalised word past the start of
 * the title or of a subtitle. Title-case words such as "Rule-Based" stay bare, so styles may lowercase them.
 * Punctuation around the word stays outside the braces.
 *
 * @example
 * protectCase('GatorTron: A Large Model for Spanish') // '{GatorTron}: A Large Model for {Spanish}'
 * protectCase('Comparing Rule-Based and Deep Models') // 'Comparing Rule-Based and Deep Models'
 */
export function protectCase(latex: string): string {
  const tokens = latex.split(/( +)/);
  const sentenceCase = isSentenceCase(tokens);
  let atStart = true;
  return tokens
    .map((token) => {
      if (token === '' || token.startsWith(' ')) return token;
      const { lead, word, trail } = splitWord(token);
      const protect = needsProtection(word) || (sentenceCase && !atStart && startsCapital(word));
      atStart = /[:.?!]$/.test(trail) || (word === '' && /[:.?!]$/.test(lead));
      return protect ? `${lead}{${word}}${trail}` : token;
    })
    .join('');
}

/** The word without TeX commands and leading punctuation: what a reader sees. */
function visible(word: string): string {
  return word.replace(/\\[a-zA-Z]+(?:\{\})?|\\./g, '').replace(/^[^\p{L}\p{N}]+/u, '');
}

/** True when any hyphen-separated part of a word has a capital past its first letter, mixes letters and digits, or is a proper noun. */
function needsProtection(word: string): boolean {
  return visible(word)
    .split(/[-–/]/)
    .some(
      (part) =>
        /\p{Lu}/u.test([...part].slice(1).join('')) ||
        (/\p{L}/u.test(part) && /\p{N}/u.test(part)) ||
        isProperNoun(part),
    );
}

function startsCapital(word: string): boolean {
  return /^\p{Lu}/u.test(visible(word));
}

/** A title is in sentence case when most of its longer words after the first start in lower case. */
function isSentenceCase(tokens: readonly string[]): boolean {
  const words = tokens
    .filter((token) => token && !token.startsWith(' '))
    .slice(1)
    .map((token) => visible(splitWord(token).word));
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  const lower = long.filter((word) => /^\p{Ll}/u.test(word)).length;
  return lower > 0 && lower > long.length - lower;
}

/** A title as a BibTeX field value: spaces collapsed, TeX specials escaped, capitalised words protected. */
export function bibtexTitle(title: string): string {
  return protectCase(bibtexText(title));
}

/** A name or literal for a BibTeX name list; a team name, or one containing "and", is braced so BibTeX keeps it whole. */
export function bibtexName(name: string, options: { team?: boolean } = {}): string {
  const escaped = bibtexText(name);
  return options.team || /\band\b/i.test(name) ? `{${escaped}}` : escaped;
}

/**
 * One author for a BibTeX name list: a person as "Family, Given" (so BibTeX and biber never have to
 * guess where the family name starts, "Al Attrach, Rafi"), an organisation braced whole.
 *
 * @example
 * authorToBibtex({ family: 'Yang', given: 'Xi' }) // 'Yang, Xi'
 * authorToBibtex({ literal: 'The MIMIC Consortium' }) // '{The MIMIC Consortium}'
 */
export function authorToBibtex(author: Author): string {
  if ('literal' in author) return `{${bibtexText(author.literal)}}`;
  const part = (text: string) => {
    const escaped = bibtexText(text);
    // A comma or a standalone "and" inside one part would split the name list: brace that part.
    return /,|\band\b/i.test(text) ? `{${escaped}}` : escaped;
  };
  return author.given ? `${part(author.family)}, ${part(author.given)}` : part(author.family);
}
