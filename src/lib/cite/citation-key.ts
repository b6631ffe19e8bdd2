import { authorFamily } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { toSlug } from '../slug.ts';
import type { KeyLedger } from './citation-key-ledger.ts';
import { compareText } from './order.ts';
import { citationYear } from '../dates.ts';

/** The parts of an entry a citation key is made from. */
export type KeyedEntry = Pick<Entry, 'title' | 'authors' | 'date' | 'arxiv' | 'venue'>;

// Words too common to name a paper by; the key takes the first title word of three letters or more not among
// them, as Google Scholar does ("Do we still need clinical language models?" → "need", "Dr-LLaVA" → "llava").
const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'in',
  'for',
  'to',
  'do',
  'does',
  'are',
  'is',
  'we',
  'with',
  'and',
  'from',
  'toward',
  'towards',
  'via',
  'how',
  'what',
  'why',
  'when',
  'can',
  'into',
  'at',
  'by',
  'as',
  'still',
  'our',
  'its',
  'not',
  'but',
  'or',
  'be',
]);

/**
 * A citation key for a paper in the author–year–word form reference managers and Google Scholar use:
 * the first author's family name, the year, the first distinctive title word ("CLIN-X" gives "clin").
 * Without authors it is the older title–year form (`gatortron2022`). Lowercase ASCII ("Müller" →
 * "mueller"); the same entry always gives the same key. Published keys are frozen in the key ledger.
 *
 * @example
 * citationKey({ title: 'GatorTron: A Large Clinical Language Model…', authors: [{ family: 'Yang', given: 'Xi' }], date: { precision: 'day', value: '2022-02-02' } })
 * // 'yang2022gatortron'
 */
export function citationKey(entry: KeyedEntry): string {
  const year = citationYear(entry) ?? '';
  const family = entry.authors?.[0] ? asciiWord(authorFamily(entry.authors[0])) : '';
  return family ? `${family}${year}${titleWord(entry.title)}` : `${titleWord(entry.title) || 'paper'}${year}`;
}

/** The first title word of three characters or more that is no stop word; words end at any non-letter ("CLIN-X" → "clin"). */
function titleWord(title: string): string {
  for (const token of title.split(/[^\p{L}\p{N}]+/u)) {
    const word = asciiWord(token);
    if (word.length >= 3 && !STOP_WORDS.has(word)) return word;
  }
  return '';
}

/** Text as lowercase ASCII letters and digits ("Al Attrach" → "alattrach", "Müller" → "mueller"). */
function asciiWord(text: string): string {
  return toSlug(text, Number.MAX_SAFE_INTEGER).replace(/-/g, '');
}

/** Every key of a survey: each entry's key, and the earlier keys it still answers to (`ids` in BibLaTeX). */
export interface SurveyKeys {
  /** slug → the key every export uses. */
  key: Map<string, string>;
  /** slug → earlier published keys of the same paper, oldest first. */
  aliases: Map<string, string[]>;
}

/**
 * Citation keys for a whole survey, unique across it. A key in the ledger never changes, follows its
 * paper through a rename (found under an alias) and is never given to another paper; an entry not in the ledger gets {@link citationKey}, with `b`, `c`, … when it
 * repeats a key already taken, in the order the entries were added (then by slug), so adding a paper
 * never changes a key already published. Compute it over every entry, withdrawn ones too.
 */
export function citationKeys(
  entries: readonly (KeyedEntry & Pick<Entry, 'slug' | 'added'> & { aliases?: readonly string[] })[],
  ledger: KeyLedger = new Map(),
): SurveyKeys {
  const used = new Set<string>();
  for (const [, frozen] of ledger) for (const key of [frozen.key, ...frozen.aliases]) used.add(key);
  const keys = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  for (const entry of entries) {
    // A renamed entry finds its frozen key under an old slug: the ledger names papers as first published.
    const frozen = [entry.slug, ...(entry.aliases ?? [])].map((slug) => ledger.get(slug)).find(Boolean);
    if (!frozen) continue;
    keys.set(entry.slug, frozen.key);
    if (frozen.aliases.length) aliases.set(entry.slug, frozen.aliases);
  }
  const fresh = entries
    .filter((entry) => !keys.has(entry.slug))
    .sort((a, b) => compareText(a.added, b.added) || compareText(a.slug, b.slug));
  for (const entry of fresh) {
    const base = citationKey(entry);
    let key = base;
    for (let n = 1; used.has(key); n++) key = `${base}${letters(n)}`;
    used.add(key);
    keys.set(entry.slug, key);
  }
  return { key: keys, aliases };
}

/** 1 → "b", 25 → "z", 26 → "aa": suffixes of repeated keys, in bijective base 26 ("a" would be the unsuffixed first key). */
function letters(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) out = alphabet[(k - 1) % 26] + out;
  return out;
}
