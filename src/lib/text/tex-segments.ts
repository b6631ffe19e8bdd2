/**
 * TeX in abstracts, found without changing the stored text: inline math (`$…$`, `$$…$$`, `\(…\)`),
 * text escapes (`\%`, `\&`) and font commands (`\textit{…}`). A `$` that is not math — "$5", "$5 to $10"
 * — stays text, by Pandoc's rule: the opening `$` has a non-space to its right, the closing one a
 * non-space to its left and no digit after it.
 */

/** How a TeX font command shows its text. */
export type TexStyle = 'italic' | 'bold' | 'emphasis' | 'code';

/** A piece of an abstract: plain text (escapes resolved), TeX math, or text in a TeX font command. */
export type TexSegment =
  | { kind: 'text'; text: string }
  | { kind: 'math'; tex: string; display: boolean; source: string }
  | { kind: 'styled'; style: TexStyle; text: string };

// Text-mode escapes and a few symbols seen in abstracts, with what they stand for.
const ESCAPES: Record<string, string> = {
  '\\%': '%',
  '\\&': '&',
  '\\$': '$',
  '\\#': '#',
  '\\_': '_',
  '\\{': '{',
  '\\}': '}',
  '\\ldots': '…',
  '\\dots': '…',
  '\\textasciitilde': '~',
  '\\textendash': '–',
  '\\textemdash': '—',
  '\\LaTeX': 'LaTeX',
  '\\TeX': 'TeX',
};
// Font commands: a style, or null for commands whose text shows plain.
const STYLES: Record<string, TexStyle | null> = {
  textit: 'italic',
  textsl: 'italic',
  emph: 'emphasis',
  textbf: 'bold',
  texttt: 'code',
  textrm: null,
  textsf: null,
  textsc: null,
  textup: null,
  textnormal: null,
  text: null,
};

// One alternation, tried left to right: display math, inline math (Pandoc's rule), \(…\), a font
// command with a brace group (no nested braces), then an escape.
const TEX = new RegExp(
  [
    String.raw`\$\$(?<display>[^$]+?)\$\$`,
    String.raw`(?<!\\)\$(?<inline>(?=\S)(?:\\.|[^$\\])+?(?<=[^\s\\]))\$(?!\d)`,
    String.raw`\\\((?<paren>.+?)\\\)`,
    String.raw`\\(?<command>[a-z]+)\{(?<argument>[^{}]*)\}`,
    String.raw`(?<escape>\\[%&$#_{}]|\\(?:ldots|dots|textasciitilde|textendash|textemdash|LaTeX|TeX)(?![A-Za-z])\s?)`,
  ].join('|'),
  'g',
);

/** Splits text into plain text, math and styled pieces; text with no TeX comes back as one text piece. */
export function texSegments(text: string): TexSegment[] {
  const segments: TexSegment[] = [];
  let plain = '';
  let last = 0;
  const flush = () => {
    if (plain !== '') segments.push({ kind: 'text', text: plain });
    plain = '';
  };
  for (const match of text.matchAll(TEX)) {
    const { display, inline, paren, command, argument, escape } = match.groups!;
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (escape !== undefined) {
      plain += ESCAPES[escape.trimEnd()] ?? escape;
    } else if (command !== undefined) {
      const style = Object.hasOwn(STYLES, command) ? STYLES[command] : undefined;
      if (style === undefined)
        plain += match[0]; // an unknown command: shown as written
      else if (style === null) plain += texToText(argument!);
      else {
        flush();
        segments.push({ kind: 'styled', style, text: texToText(argument!) });
      }
    } else {
      flush();
      segments.push({
        kind: 'math',
        tex: (display ?? inline ?? paren)!.trim(),
        display: display !== undefined,
        source: match[0],
      });
    }
  }
  plain += text.slice(last);
  flush();
  return segments;
}

/** The text a reader sees, with math left as its TeX source: for titles, snippets' lengths and search. */
export function texToText(text: string): string {
  return texSegments(text)
    .map((segment) => (segment.kind === 'math' ? segment.tex : segment.text))
    .join('');
}
