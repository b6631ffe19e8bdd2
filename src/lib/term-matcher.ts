/**
 * Counts occurrences of classifier terms in a text in one pass over its words. A term is a word or
 * phrase matched whole and case-insensitively; a trailing `*` lets its last word match any ending
 * (`segment*` matches "segmentation"). Words are runs of letters and digits, so "x-ray" is the
 * phrase "x ray". One pass per text, whatever the number of terms: what keeps 10,000 papers fast.
 */
export class TermMatcher {
  /** Phrases and whole words, by their first word. */
  private phrases = new Map<string, Array<{ term: string; words: string[]; prefix: boolean }>>();
  /** One-word prefix terms (`segment*`) in a trie, so a word is checked in one walk of its letters. */
  private prefixes: TrieNode = { next: new Map(), terms: [] };

  constructor(terms: Iterable<string>) {
    for (const term of terms) {
      const prefix = term.endsWith('*');
      const words = tokenizeWords(prefix ? term.slice(0, -1) : term);
      if (words.length === 0) continue;
      if (prefix && words.length === 1) {
        let node = this.prefixes;
        for (const char of words[0]) {
          let child = node.next.get(char);
          if (!child) node.next.set(char, (child = { next: new Map(), terms: [] }));
          node = child;
        }
        node.terms.push(term);
      } else {
        this.phrases.set(words[0], [...(this.phrases.get(words[0]) ?? []), { term, words, prefix }]);
      }
    }
  }

  /** How many times each term occurs among `words` (from {@link tokenizeWords}); absent terms are left out. */
  count(words: string[]): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      for (const phrase of this.phrases.get(word) ?? []) if (phraseAt(phrase, words, i)) add(phrase.term);
      let node: TrieNode | undefined = this.prefixes;
      for (let k = 0; k < word.length && node; k++) {
        node = node.next.get(word[k]);
        if (node) for (const term of node.terms) add(term);
      }
    }
    return counts;
  }
}

interface TrieNode {
  next: Map<string, TrieNode>;
  terms: string[];
}

function phraseAt(phrase: { words: string[]; prefix: boolean }, words: string[], at: number): boolean {
  const { words: wanted, prefix } = phrase;
  if (at + wanted.length > words.length) return false;
  for (let k = 1; k < wanted.length; k++) {
    const word = words[at + k];
    const ok = prefix && k === wanted.length - 1 ? word.startsWith(wanted[k]) : word === wanted[k];
    if (!ok) return false;
  }
  return true;
}

/**
 * Lowercase runs of letters and digits: the words terms are matched against. Deliberately plainer than the
 * related-papers `tokenize` (`related/tokenize.ts`), which stems, drops stop words and keeps compounds whole:
 * a classifier term is matched as written, so "x-ray" must meet "x ray" and "of" must stay inside a phrase.
 */
export function tokenizeWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Most abstracts are plain ASCII, and the ASCII pattern is several times faster than the Unicode one.
  return (NON_ASCII.test(lower) ? lower.match(/[\p{L}\p{N}]+/gu) : lower.match(/[a-z0-9]+/g)) ?? [];
}

// eslint-disable-next-line no-control-regex -- a range from U+0000: all of ASCII
const NON_ASCII = /[^\x00-\x7f]/;
