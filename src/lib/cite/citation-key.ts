import { authorFamily } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { toSlug } from '../slug.ts';
import { compareText } from './order.ts';
import { paperDateParts } from './paper-date.ts';

/** The parts of an entry a citation key is made from. */
export type KeyedEntry = Pick<Entry, 'title' | 'authors' | 'date' | 'arxiv'>;

// Words too common to name a paper by; the key takes the first title word not among them.
const STOP_WORDS = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'do', 'does', 'are', 'is', 'we', 'with', 'and', 'from', 'toward', 'towards', 'via', 'how', 'what', 'why', 'when', 'can', 'into', 'at', 'by', 'as']);

/**
 * A citation key for a paper: the first author's family name (only when a curator added authors) or
 * else the first distinctive title word, then the year when known, then the arXiv id when known.
 * Lowercase ASCII (transliterated as slugs are: "Müller" → "mueller"); the same entry always gives the same key.
 *
 * @example
 * citationKey({ title: 'GatorTron: A Large Clinical Language Model', date: { precision: 'day', value: '2022-02-02' } })
 * // 'gatortron2022'
 */
export function citationKey(entry: KeyedEntry): string {
  const year = paperDateParts(entry.date).year;
  return `${keyWord(entry)}${year ?? ''}${entry.arxiv ? `-${entry.arxiv}` : ''}`;
}

function keyWord(entry: KeyedEntry): string {
  const first = entry.authors?.[0];
  if (first) {
    const word = asciiWord(authorFamily(first));
    if (word) return word;
  }
  for (const token of entry.title.split(/\s+/)) {
    const word = asciiWord(token);
    if (word && !STOP_WORDS.has(word)) return word;
  }
  return 'paper';
}

/** One word as lowercase ASCII letters and digits ("Dr-LLaVA:" → "drllava", "Müller" → "mueller"). */
function asciiWord(text: string): string {
  return toSlug(text, Number.MAX_SAFE_INTEGER).replace(/-/g, '');
}

/**
 * Citation keys for a whole survey, unique across it: a key that repeats gets `b`, `c`, … in the order
 * the entries were added (then by slug), so adding a paper never changes a key already published.
 * Compute it over every entry, withdrawn ones too, and pass it to the per-theme bibliographies.
 */
export function citationKeys(entries: readonly (KeyedEntry & Pick<Entry, 'slug' | 'added'>)[]): Map<string, string> {
  const ordered = [...entries].sort((a, b) => compareText(a.added, b.added) || compareText(a.slug, b.slug));
  const used = new Set<string>();
  const keys = new Map<string, string>();
  for (const entry of ordered) {
    const base = citationKey(entry);
    let key = base;
    for (let n = 1; used.has(key); n++) key = `${base}${letters(n)}`;
    used.add(key);
    keys.set(entry.slug, key);
  }
  return keys;
}

/** 1 → "b", 25 → "z", 26 → "aa": suffixes of repeated keys, in bijective base 26 ("a" would be the unsuffixed first key). */
function letters(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) out = alphabet[(k - 1) % 26] + out;
  return out;
}
