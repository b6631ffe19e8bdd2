import { Transform } from 'unicode2latex';

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

/**
 * Wraps in braces each word of escaped TeX that has a capital after its first character, so that
 * styles which lowercase titles keep `{GatorTron}`, `{CLIN-X}` and `{3D}` as written. Punctuation
 * around the word stays outside the braces.
 *
 * @example
 * protectCase('GatorTron: A Large Model') // '{GatorTron}: A Large Model'
 */
export function protectCase(latex: string): string {
  return latex
    .split(/( +)/)
    .map((token) => {
      const lead = LEADING_PUNCTUATION.exec(token)?.[0] ?? '';
      const rest = token.slice(lead.length);
      const trail = TRAILING_PUNCTUATION.exec(rest)?.[0] ?? '';
      const word = rest.slice(0, rest.length - trail.length);
      return needsProtection(word) ? `${lead}{${word}}${trail}` : token;
    })
    .join('');
}

/** True when a word, read without its TeX commands, has an uppercase letter after its first character. */
function needsProtection(word: string): boolean {
  const text = word.replace(/\\[a-zA-Z]+(?:\{\})?|\\./g, '').replace(/^[^\p{L}\p{N}]+/u, '');
  return /\p{Lu}/u.test([...text].slice(1).join(''));
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
