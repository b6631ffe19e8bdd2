import type { Token } from './lex.ts';

/**
 * A hard-wrapped capture breaks paragraphs where the next word would not have fitted the width; a plain
 * copy breaks lines only where the page did (a multi-line abstract), with room to spare. Prose longer
 * than 200 characters on one line is never wrapped; headings and unbreakable words (URLs) set no width.
 */
export function isHardWrapped(tokens: Token[], lines: string[]): boolean {
  const prose = tokens.filter(
    (token): token is Extract<Token, { kind: 'text' }> =>
      token.kind === 'text' && !token.heading && /\s/.test(token.text),
  );
  if (prose.some((token) => token.text.length > 200)) return false;
  const raw = (token: Token) => lines[token.line - 1].trimEnd();
  // The wrap width: nearly the longest line (one line of wide emoji or link markers must not set it).
  const lengths = prose.map((token) => columns(raw(token))).sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * 0.9)] ?? 0;
  let pairs = 0;
  let full = 0;
  for (let index = 1; index < prose.length; index++) {
    const [before, after] = [prose[index - 1], prose[index]];
    // A line repeated (a copy's mistake) is no evidence of wrapping.
    if (after.line !== before.line + 1 || after.text === before.text) continue;
    pairs++;
    const nextWord = raw(after).trim().split(/\s/)[0];
    if (columns(raw(before)) + 1 + columns(nextWord) > width) full++;
  }
  // Thin evidence (a line or two) keeps the capture's own line breaks: a wrong guess then costs only whitespace.
  return full >= 2 && full * 2 > pairs;
}

/** How many terminal columns a text takes: wide (CJK, emoji) characters two, combining marks none. */
function columns(text: string): number {
  // eslint-disable-next-line no-control-regex -- a range from U+0000: every narrow character
  if (/^[\u0000-\u02ff]*$/.test(text)) return text.length;
  let width = 0;
  for (const char of text) {
    if (/\p{M}/u.test(char)) continue;
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u.test(
        char,
      )
        ? 2
        : 1;
  }
  return width;
}
