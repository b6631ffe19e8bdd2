import { abbreviates, isReasonWord, paperPhrases } from './phrases.ts';
import type { PaperText } from './term-vectors.ts';
import { tokenize } from './tokenize.ts';

/** The terms a paper uses, each once: key (stems) → readable form. */
export type PaperTerms = Map<string, string>;

/**
 * The terms a reader can trust as a theme's or a trend's words: the paper's phrases and names
 * ({@link paperPhrases}) and its single domain words ({@link isReasonWord}), never filler.
 */
export function paperTerms(paper: PaperText): PaperTerms {
  const terms: PaperTerms = new Map();
  for (const [key, phrase] of paperPhrases(paper.title, paper.abstract)) terms.set(key, phrase.surface);
  for (const [text, kind] of [[paper.title, 'title'], [paper.abstract, 'prose']] as const) {
    // Lowercase words only: names come from paperPhrases, which leaves out single words of longer names.
    for (const { stem, surface } of tokenize(text, kind)) if (surface === surface.toLowerCase() && !terms.has(stem) && isReasonWord(surface)) terms.set(stem, surface);
  }
  return terms;
}

/**
 * Terms ranked best first, without a term that sits inside a better one or holds one ("brain tumor", "brain
 * tumor segmentation"), or that abbreviates one ("NLP" after "natural language processing"); a phrase takes the
 * place of its abbreviation when it comes later.
 */
export function withoutOverlaps<T extends { key: string }>(ranked: readonly T[], count: number, formOf: (term: T) => string): T[] {
  const chosen: T[] = [];
  for (const term of ranked) {
    if (chosen.length === count) break;
    const padded = ` ${term.key} `;
    const form = formOf(term);
    // The words win over their abbreviation, in its place: "natural language processing" replaces "NLP".
    const abbreviation = chosen.findIndex((taken) => abbreviates(formOf(taken), form));
    if (abbreviation !== -1) {
      chosen[abbreviation] = term;
      continue;
    }
    const overlaps = (taken: T) => ` ${taken.key} `.includes(padded) || padded.includes(` ${taken.key} `) || abbreviates(form, formOf(taken));
    if (!chosen.some(overlaps)) chosen.push(term);
  }
  return chosen;
}

/**
 * Counts, over papers read one at a time (nothing kept per paper, so memory follows the vocabulary, not the
 * corpus), how many papers use each term, and how each term is written, to show its most used form.
 */
export class TermCounter {
  // A term's form, or its forms with counts once a second one appears (most terms have one form).
  private readonly written = new Map<string, string | Map<string, number>>();

  /** Adds one paper's terms to `counts` (a theme's tally, a time window's) and notes their forms. */
  add(terms: PaperTerms, counts: Map<string, number>): void {
    for (const [key, surface] of terms) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const known = this.written.get(key);
      if (known === undefined) this.written.set(key, surface);
      else if (typeof known === 'string') {
        if (known !== surface) this.written.set(key, new Map([[known, 1], [surface, 1]]));
      } else known.set(surface, (known.get(surface) ?? 0) + 1);
    }
  }

  /** A term's most used form; ties go to fewer capitals, then to the form that sorts first. */
  form(key: string): string {
    const known = this.written.get(key);
    if (known === undefined || typeof known === 'string') return known ?? key;
    const capitals = (text: string) => text.replace(/[^\p{Lu}]/gu, '').length;
    return [...known].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
}
