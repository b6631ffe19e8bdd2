import { parseDateLine, type ListingDate } from './listing-date.ts';
import type { LiftedLine } from './lift-markup.ts';

/** One classified line of a digest. `line` is 1-based; `urls` are the targets of its links. */
export type Token =
  | { kind: 'blank'; line: number }
  | { kind: 'noise'; line: number; text: string; urls?: string[] }
  | { kind: 'text'; line: number; text: string; urls: string[]; heading: boolean }
  | { kind: 'authors'; line: number; count: number }
  | { kind: 'separator'; line: number; date?: DateToken }
  | { kind: 'date'; line: number; date: DateToken; text: string; urls: string[] }
  | { kind: 'count'; line: number; count: number; text: string; urls: string[] }
  | { kind: 'upvotes'; line: number; count: number }
  | { kind: 'url'; line: number; url: string };

/** A date line's content: the date and the comment count that may follow it. */
export interface DateToken {
  date: ListingDate;
  comments?: number;
}

// Text of the Hugging Face papers page itself (header, navigation, buttons, footer), never part of a paper.
const PAGE_CHROME = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^(daily|trending) papers$/i,
  /^by\s*ak and the research community$/i,
  /^(hugging face('s logo)?( hugging face)?|models|datasets|spaces|posts|docs|enterprise|pricing|log ?in|sign ?up|papers|search|search papers|previous|next|collections?|community|upvote|references|visible links|hidden links:?)$/i,
  /^(system theme|tos|terms of service|privacy|about|jobs|company|website|blog|learn|discord|forum|github|twitter|linkedin)$/i,
  /^submitted by\b/i,
  // The date navigation when a tool wrapped it ("Previous Jan" / "8" / "Next").
  /^previous\s\S.{0,20}$/i,
  /^\[(img|image|inline image)[^\]]*\]$|^(img|image|inline image)$/i,
  /^(\[\d+\])+$/,
  // Form fields as text browsers draw them, and the page's <title> with its CSS (turndown keeps both).
  /^(_{3,}|\[[^\]]*\s{3,}\]|\[unknown input type\])$/i,
  /^search papers\s*\[[^\]]*\]$/i,
];
const DOCUMENT_TITLE = /^[^.]{1,80} - Hugging Face(\s.*)?$/;
// Image placeholders: `[IMG]`, `[]`, w3m's `[avatar]` or `[2503]` (a file name's stem), `[Hugging Face's logo]`.
const PLACEHOLDERS = /^(\s*\[[^\[\]\s]{0,12}\]|\s*\[[^\[\]]*logo\])+\s*|(\s*\[[^\[\]\s]{0,12}\])+$/gi;
// A list's bullet and nothing else (avatar lists once their images are gone).
const BULLET_ONLY = /^[*•+]$|^[*•+-]\s+$/;

/** Removes link markup of text-browser and Markdown dumps: `[text][12]` → `text`, `[12]` → ``. */
export function stripLinkMarkup(text: string): string {
  return text
    .replace(/\[([^\]\[]*)\]\[\d+\]/g, '$1')
    .replace(/\[\d+\]/g, '')
    .trim();
}

/**
 * True for a line that is only a link target: a Hugging Face URL, or a site-relative path. A URL that
 * ends a sentence (`…/medtem.`) is an abstract's text, wrapped onto its own line.
 */
function asLinkUrl(text: string): string | undefined {
  // Angle brackets only around a whole address (a Markdown autolink): `</b>` is a wrapped closing tag.
  const match =
    /^<((?:https?:\/\/(?:www\.)?huggingface\.co)\/[^\s<>]*[^\s<>.,;:!?)])>$|^((?:https?:\/\/(?:www\.)?huggingface\.co)?\/[^\s<>]*[^\s<>.,;:!?)])$|^<?(\/)>?$/.exec(
      text,
    );
  // `/github.com/x` (or `//github.com/x`, after `https:`) is the rest of a URL broken at a slash, not a path on the site.
  const path = match?.[1] ?? match?.[2];
  if (path && /^\/\/?[^/]*\./.test(path)) return undefined;
  return path ?? match?.[3];
}

/** True when a line, bullets and image placeholders aside, is the page's own text. */
export function isPageChrome(text: string): boolean {
  // Menus, buttons and footers are short; only the page's <title> with its CSS (turndown) runs long.
  if (text.includes(' - Hugging Face') && DOCUMENT_TITLE.test(text)) return true;
  if (text.length > 120) return false;
  const unbulleted = text.replace(/^[*•+-]\s+/, '');
  const bare = (unbulleted.includes('[') ? unbulleted.replace(PLACEHOLDERS, '') : unbulleted).trim();
  // html2text writes a link's spaces as `_` (`Log_In`).
  const spaced = bare.includes('_') ? bare.replace(/_/g, ' ').trim() : bare;
  return (
    bare === '' ||
    BULLET_ONLY.test(text.trim()) ||
    PAGE_CHROME.some(
      (pattern) =>
        pattern.test(bare) || (text !== bare && pattern.test(text)) || (spaced !== bare && pattern.test(spaced)),
    )
  );
}

/**
 * Classifies a capture's lifted lines by their pattern, never by their position. `urlLines`: the capture
 * writes each link's URL on its own line (no reference list, not Markdown), so such a line is a link.
 */
export function lexDigest(lines: LiftedLine[], urlLines = true): Token[] {
  const tokens: Token[] = [];
  let previous = '';
  for (const lifted of lines) {
    const { line, text: raw } = lifted;
    const trimmed = raw.trim();
    // A text line that ends in a web address, directly above this one.
    const afterUrl = /(^|\s)https?:\/\/\S+$/.test(previous);
    previous = trimmed;
    if (trimmed === '') {
      tokens.push(lifted.markup ? { kind: 'noise', line, text: '', urls: lifted.urls } : { kind: 'blank', line });
      continue;
    }
    // `• 9 authors · Mar 28, 2025` on one line: the meta line and the separator, split apart.
    const joined = trimmed.includes('·') ? /^(.*\S)\s+·\s+(\S.*)$/.exec(trimmed) : null;
    if (joined && toDateToken(joined[2])) {
      tokens.push(classifyLine({ ...lifted, text: joined[1] }, urlLines), {
        kind: 'separator',
        line,
        date: toDateToken(joined[2]),
      });
      continue;
    }
    // The page's date between its neighbours, and the first card's upvote count run onto it (lynx).
    const dateNav = /^previous[\s_]+(.+?)[\s_]+next\s+(\d{1,6}|-)$/i.exec(trimmed);
    const navDate = dateNav && toDateToken(dateNav[1].replace(/_/g, ' '));
    if (dateNav && navDate) {
      tokens.push(
        { kind: 'date', line, date: navDate, text: trimmed, urls: lifted.urls },
        { kind: 'upvotes', line, count: dateNav[2] === '-' ? 0 : Number(dateNav[2]) },
      );
      continue;
    }
    // w3m breaks a long address at a slash: `…https://github.com/x` then `/y` is one address, not a link
    // line (that is how the rest of an abstract's last word was dropped). A paper link stays a link.
    const urlsHere = urlLines && !(afterUrl && trimmed.startsWith('/') && !trimmed.startsWith('/papers/'));
    tokens.push(classifyLine(lifted, urlsHere));
  }
  return tokens;
}

function classifyLine({ line, text: raw, urls, heading }: LiftedLine, urlLines: boolean): Token {
  const trimmed = raw.trim();
  // lynx's `12. https://…` outside a reference list.
  if (/^\d+\.\s+https?:\/\/\S+$/.test(trimmed)) return { kind: 'noise', line, text: trimmed };
  const upvotes = /^\[-\]\s*(\d+|-)$/.exec(trimmed);
  if (upvotes) return { kind: 'upvotes', line, count: upvotes[1] === '-' ? 0 : Number(upvotes[1]) };
  // A heading's wrapped line may start with `/` (a URL broken at a slash): it is the heading's text.
  const url = urlLines && !heading ? asLinkUrl(trimmed) : undefined;
  if (url !== undefined) return { kind: 'url', line, url };
  if (!heading && /^(\d{1,6}|-)$/.test(trimmed))
    return { kind: 'count', line, count: trimmed === '-' ? 0 : Number(trimmed), text: trimmed, urls };
  // The page's date between its neighbours (`Previous Jan 8 Next`; html2text writes `Jan_8`).
  const navDate = /^previous[\s_]+(.+?)[\s_]+next\b/i.exec(trimmed);
  const navToken = navDate && toDateToken(navDate[1].replace(/_/g, ' '));
  if (navToken) return { kind: 'date', line, date: navToken, text: trimmed, urls };
  if (isPageChrome(trimmed)) return { kind: 'noise', line, text: trimmed, urls };
  const authors = /^(?:[•·*-]\s*)?(\d+)\s+authors?$/i.exec(trimmed.replace(/^\[\s*(.*?)\s*\]$/, '$1'));
  if (authors) return { kind: 'authors', line, count: Number(authors[1]) };
  const separator = /^·\s*(.*)$/.exec(trimmed);
  if (separator) {
    const date = separator[1] === '' ? undefined : toDateToken(separator[1]);
    if (separator[1] === '' || date) return { kind: 'separator', line, date };
  }
  const date = toDateToken(trimmed);
  if (date) return { kind: 'date', line, date, text: trimmed, urls };
  return { kind: 'text', line, text: trimmed, urls, heading };
}

function toDateToken(text: string): DateToken | undefined {
  // An icon between a date and its comment count: pandoc's `[]`, elinks' `[IMG]`.
  const parsed = parseDateLine(text.includes('[') ? text.replace(/\s*\[(?:IMG|img|)\]\s*/g, ' ') : text);
  if (!parsed) return undefined;
  return parsed.trailingNumber === undefined
    ? { date: parsed.date }
    : { date: parsed.date, comments: parsed.trailingNumber };
}
