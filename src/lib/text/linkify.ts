/** A run of an abstract: plain text, or a URL found in it. Rendered as text and `<a>` by the page. */
export type TextSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// A URL starts with a scheme or "www." and runs to whitespace or a character that cannot be in one
// unescaped; what it may end with is decided afterwards by trimUrl.
const URL_START = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING_PUNCTUATION = /[.,;:!?*…]$/;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * Splits text into plain runs and URLs, so a page can link the URLs while showing everything else
 * literally (the text is never parsed as HTML or MDX). Sentence punctuation after a URL and a closing
 * bracket that the URL did not open stay outside the link.
 *
 * @example
 * linkifyText('Code: https://github.com/a/b.')
 * // [{ kind: 'text', text: 'Code: ' },
 * //  { kind: 'link', text: 'https://github.com/a/b', href: 'https://github.com/a/b' },
 * //  { kind: 'text', text: '.' }]
 */
export function linkifyText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_START)) {
    const url = trimUrl(match[0]);
    if (!/[a-z0-9]\.[a-z]/i.test(url)) continue; // "https://" alone, or "www." with no host
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'link', text: url, href: /^www\./i.test(url) ? `https://${url}` : url });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** Drops sentence punctuation and unbalanced closing brackets from the end of a URL candidate. */
export function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const end = url.at(-1) ?? '';
    if (TRAILING_PUNCTUATION.test(end)) {
      url = url.slice(0, -1);
    } else if (end in CLOSERS && count(url, end) > count(url, CLOSERS[end]!)) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
