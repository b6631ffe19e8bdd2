import { stemmer } from 'stemmer';
import { ENGLISH_STOP_WORDS, SURVEY_STOP_STEMS } from './stop-words.ts';

/** One content word of a text: its Porter stem and its readable form as written. */
export interface Token {
  stem: string;
  surface: string;
}

/** Where the text comes from: titles are in Title Case, so their capitals say nothing about the word. */
export type TextKind = 'title' | 'prose';

const HYPHEN = /[-‐‑]/u;
/** Prefixes that mean little alone: "pre-trained", "self-supervised", "fine-tuning" stay one term. */
const BOUND_PREFIXES = new Set([
  'pre',
  'post',
  'self',
  'multi',
  'non',
  'semi',
  'fine',
  'co',
  're',
  'anti',
  'cross',
  'sub',
  'inter',
  'intra',
  'un',
  'few',
  'zero',
]);
// A link ends before trailing punctuation, which may close the sentence.
const LINK = /(?:https?:\/\/|www\.)\S*[^\s.,;:!?)\]]/gi;

/**
 * Splits a title or abstract into content words: letters and digits, links dropped, words split at apostrophes
 * and at hyphens (except compounds such as "pre-trained" or "X-ray"), English and survey stop words, single
 * characters and bare numbers removed, then stemmed.
 * The surface keeps acronyms and proper nouns as written ("MRI", "Spanish") and lowercases the rest.
 * Not the classifier's `tokenizeWords` (`term-matcher.ts`): that one keeps every word as written, lowercased,
 * so that theme terms match whole; this one yields the content words that similarity is measured on.
 *
 * @example
 * tokenize('Brain MRI models segment tumours.', 'prose')
 * // [{ stem: 'brain', surface: 'brain' }, { stem: 'mri', surface: 'MRI' }, { stem: 'segment', surface: 'segment' }, { stem: 'tumour', surface: 'tumours' }]
 */
export function tokenize(text: string, kind: TextKind = 'prose'): Token[] {
  const tokens: Token[] = [];
  scanWords(text, kind, (word, positional) => {
    for (const token of wordTokens(word, positional)) tokens.push(token);
  });
  return tokens;
}

/**
 * Calls `visit` with each word of the text (hyphenated compounds whole), links dropped: whether its capital is
 * positional (title, sentence start) and whether punctuation separates it from the word before.
 */
export function scanWords(
  text: string,
  kind: TextKind,
  visit: (word: string, positional: boolean, afterPunctuation: boolean) => void,
): void {
  // The check first: scanning every abstract with the link pattern costs more than the rest of tokenising.
  const clean = text.includes('http') || text.includes('www.') ? text.replace(LINK, ' , ') : text;
  // A scanner rather than a regular expression: it sees the sentence ends between words as it passes them.
  let sentenceStart = true;
  let punctuation = true;
  for (let i = 0; i < clean.length;) {
    const code = clean.charCodeAt(i);
    if (!isWordChar(code)) {
      if (code === 46 || code === 33 || code === 63) sentenceStart = true;
      if (code !== 32 && code !== 10 && code !== 9) punctuation = true;
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      while (end < clean.length && isWordChar(clean.charCodeAt(end))) end++;
      if (end + 1 < clean.length && isHyphen(clean.charCodeAt(end)) && isWordChar(clean.charCodeAt(end + 1))) end += 2;
      else break;
    }
    visit(clean.slice(i, end), kind === 'title' || sentenceStart, punctuation);
    sentenceStart = false;
    punctuation = false;
    i = end;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

function isHyphen(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

// A corpus repeats a few thousand word forms millions of times: decide each form once. The cache only grows
// with the vocabulary (tens of thousands of forms), so it is kept for the life of the process.
// One cache per kind of capital, so a lookup hashes the word as found, without building a key first.
const wordCaches = { positional: new Map<string, readonly Token[]>(), inSentence: new Map<string, readonly Token[]>() };

/** The tokens of one word as matched (maybe hyphenated), cached by form and by whether its capital is positional. */
export function wordTokens(word: string, positional: boolean): readonly Token[] {
  const cache = positional ? wordCaches.positional : wordCaches.inSentence;
  let tokens = cache.get(word);
  if (tokens === undefined) {
    const parts = word.split(HYPHEN);
    const found: Token[] = [];
    if (parts.length > 1 && isCompound(parts)) pushToken(found, parts, positional);
    else parts.forEach((part, i) => pushToken(found, [part], positional && i === 0));
    tokens = Object.freeze(found);
    cache.set(word, tokens);
  }
  return tokens;
}

/** A hyphenated word is one term when a part is too short to stand alone ("X-ray", "GPT-4o") or a bound prefix. */
function isCompound(parts: string[]): boolean {
  return parts.some((part) => part.length <= 2) || BOUND_PREFIXES.has(parts[0].toLowerCase());
}

/** Adds one word (or compound) unless it is a stop word; a compound's stem ignores hyphens, so "fine-tuning" is "finetuning". */
function pushToken(tokens: Token[], parts: string[], positional: boolean): void {
  const lower = parts.join('').toLowerCase();
  if (lower.length < 2 || /^\d+$/.test(lower) || (parts.length === 1 && ENGLISH_STOP_WORDS.has(lower))) return;
  const stem = stemmer(lower);
  if (SURVEY_STOP_STEMS.has(stem)) return;
  tokens.push(
    Object.freeze({ stem, surface: parts.map((part) => surfaceForm(part, part.toLowerCase(), positional)).join('-') }),
  );
}

/** Mixed case past the first letter marks an acronym or a name ("MRI", "GatorTron"): keep it as written. */
export function surfaceForm(word: string, lower: string, capitalIsPositional: boolean): string {
  if (word === lower) return lower;
  if (/\p{Lu}/u.test(word.slice(1))) return word;
  return capitalIsPositional ? lower : word;
}
