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

/** One term's tallies: papers per group (a theme, a time window) and how the term is written. */
interface Tally {
  counts: Int32Array;
  // The term's form, or its forms with counts once a second one appears (most terms have one form).
  written: string | Map<string, number>;
}

/**
 * Counts, over papers read one at a time (nothing kept per paper, so memory follows the vocabulary, not the
 * corpus), how many papers of each group use each term, and how each term is written. One map lookup per
 * term and paper: at 10,000 papers the lookups, not the reading, are what costs.
 */
export class TermCounter {
  readonly tallies = new Map<string, Tally>();

  constructor(private readonly groups: number) {}

  /** Adds one paper's terms to group `group`. */
  add(terms: PaperTerms, group: number): void {
    for (const [key, surface] of terms) {
      let tally = this.tallies.get(key);
      if (tally === undefined) this.tallies.set(key, (tally = { counts: new Int32Array(this.groups), written: surface }));
      tally.counts[group]!++;
      const known = tally.written;
      if (typeof known !== 'string') known.set(surface, (known.get(surface) ?? 0) + 1);
      else if (known !== surface) tally.written = new Map([[known, 1], [surface, 1]]);
    }
  }

  /** A term's most used form; ties go to fewer capitals, then to the form that sorts first. */
  form(key: string): string {
    const known = this.tallies.get(key)?.written;
    if (known === undefined || typeof known === 'string') return known ?? key;
    const capitals = (text: string) => text.replace(/[^\p{Lu}]/gu, '').length;
    return [...known].sort((a, b) => b[1] - a[1] || capitals(a[0]) - capitals(b[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
  }
}
