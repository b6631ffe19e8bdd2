import { parseDateLine, type ListingDate } from './dates.ts';

/** One classified line of a digest. `line` is 1-based. */
export type Token =
  | { kind: 'blank'; line: number }
  | { kind: 'noise'; line: number; text: string }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'authors'; line: number; count: number }
  | { kind: 'separator'; line: number; date?: DateToken }
  | { kind: 'date'; line: number; date: DateToken; text: string }
  | { kind: 'upvotes'; line: number; count: number }
  | { kind: 'url'; line: number; url: string };

/** A date line's content: the date and the comment count that may follow it. */
export interface DateToken {
  date: ListingDate;
  comments?: number;
}

// Text of the Hugging Face papers page itself (header, navigation, buttons), never part of a paper.
const PAGE_CHROME = [
  /^new$/i,
  /^get trending papers in your email inbox!?$/i,
  /^subscribe$/i,
  /^(daily|trending) papers$/i,
  /^by\s*ak and the research community$/i,
  /^(hugging face('s logo)?|models|datasets|spaces|posts|docs|enterprise|pricing|log ?in|sign ?up|papers|search|previous|next|collections?|community|upvote|references|visible links|hidden links:?)$/i,
  /^submitted by\b/i,
  /^\[?(img|image|inline image)[^\]]*\]?$/i,
  /^!\[[^\]]*\](\[\d+\]|\([^)]*\))$/,
  /^(\[\d+\])+$/,
];

/** Removes link markup of text-browser and Markdown dumps: `[text][12]` → `text`, `[12]` → ``. */
export function stripLinkMarkup(text: string): string {
  return text.replace(/\[([^\]\[]*)\]\[\d+\]/g, '$1').replace(/\[\d+\]/g, '').trim();
}

/** Reference definitions of a dump (`[12]: https://…` or, under "References", `12. https://…`). */
export function collectReferences(lines: string[]): Map<number, string> {
  const references = new Map<number, string>();
  for (const raw of lines) {
    const match = /^\s*\[(\d+)\]:\s*(\S+)/.exec(raw) ?? /^\s*(\d+)\.\s+(https?:\/\/\S+)\s*$/.exec(raw);
    if (match) references.set(Number(match[1]), match[2]);
  }
  return references;
}

/** True for a line that is only a link target: a Hugging Face URL, or a site-relative path. */
function asLinkUrl(text: string): string | undefined {
  const match = /^<?((?:https?:\/\/(?:www\.)?huggingface\.co)?\/[^\s<>]*)>?$/.exec(text);
  return match?.[1];
}

/** Classifies a digest's lines by their pattern, never by their position. */
export function lexDigest(lines: string[]): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const raw = lines[index];
    const trimmed = raw.trim();
    if (trimmed === '') {
      tokens.push({ kind: 'blank', line });
      continue;
    }
    // `[` / `12` / `][7]` over three lines: an upvote count rendered as a multi-line link.
    if (trimmed === '[' && index + 2 < lines.length && /^(\d+|-)$/.test(lines[index + 1].trim()) && /^\]\[\d+\]$/.test(lines[index + 2].trim())) {
      const count = lines[index + 1].trim();
      tokens.push({ kind: 'upvotes', line, count: count === '-' ? 0 : Number(count) });
      index += 2;
      continue;
    }
    // `• 9 authors · Mar 28, 2025` on one line: the meta line and the separator, split apart.
    const joined = trimmed.includes('·') ? /^(.*\S)\s+·\s+(\S.*)$/.exec(trimmed) : null;
    if (joined && toDateToken(stripLinkMarkup(joined[2]))) {
      tokens.push(classifyLine(joined[1], joined[1], line), { kind: 'separator', line, date: toDateToken(stripLinkMarkup(joined[2])) });
      continue;
    }
    tokens.push(classifyLine(raw, trimmed, line));
  }
  return tokens;
}

function classifyLine(raw: string, trimmed: string, line: number): Token {
  // Reference definitions (`[12]: https://…`, lynx's `12. https://…`) are read by collectReferences.
  if (/^\s*\[(\d+)\]:\s*\S+/.test(raw) || /^\d+\.\s+https?:\/\/\S+$/.test(trimmed)) return { kind: 'noise', line, text: trimmed };
  const upvotes = /^\[-\]\s*(\d+|-)$/.exec(trimmed);
  if (upvotes) return { kind: 'upvotes', line, count: upvotes[1] === '-' ? 0 : Number(upvotes[1]) };
  const url = asLinkUrl(trimmed);
  if (url !== undefined) return { kind: 'url', line, url };
  const plain = stripLinkMarkup(trimmed);
  if (PAGE_CHROME.some((pattern) => pattern.test(plain)) || plain === '') return { kind: 'noise', line, text: trimmed };
  const authors = /^[•·*-]?\s*(\d+)\s+authors?$/i.exec(plain);
  if (authors) return { kind: 'authors', line, count: Number(authors[1]) };
  const separator = /^·\s*(.*)$/.exec(plain);
  if (separator) {
    const date = separator[1] === '' ? undefined : toDateToken(separator[1]);
    if (separator[1] === '' || date) return { kind: 'separator', line, date };
  }
  const date = toDateToken(plain);
  if (date) return { kind: 'date', line, date, text: trimmed };
  return { kind: 'text', line, text: trimmed };
}

function toDateToken(text: string): DateToken | undefined {
  const parsed = parseDateLine(text);
  if (!parsed) return undefined;
  return parsed.trailingNumber === undefined ? { date: parsed.date } : { date: parsed.date, comments: parsed.trailingNumber };
}
