import { abbreviates, isReasonWord, paperPhraseForms } from './phrases.ts';
import type { PaperText } from './term-vectors.ts';
import { tokenize } from './tokenize.ts';

/** The terms a paper uses, each once: key (stems) → readable form. */
export type PaperTerms = Map<string, string>;

/**
 * The terms a reader can trust as a theme's or a trend's words: the paper's phrases and names
 * ({@link paperPhrases}) and its single domain words ({@link isReasonWord}), never filler.
 */
export function paperTerms(paper: PaperText): PaperTerms {
  const terms: PaperTerms = paperPhraseForms(paper.title, paper.abstract);
  for (const [text, kind] of [
    [paper.title, 'title'],
    [paper.abstract, 'prose'],
  ] as const) {
    // Lowercase words only: names come from paperPhrases, which leaves out single words of longer names.
    for (const { stem, surface } of tokenize(text, kind))
      if (surface === surface.toLowerCase() && !terms.has(stem) && isReasonWord(surface)) terms.set(stem, surface);
  }
  return terms;
}

/**
 * Terms ranked best first, without a term that sits inside a better one or holds one ("brain tumor", "brain
 * tumor segmentation"), or that abbreviates one ("NLP" after "natural language processing"); a phrase takes the
 * place of its abbreviation when it comes later.
 */
export function withoutOverlaps<T extends { key: string }>(
  ranked: readonly T[],
  count: number,
  formOf: (term: T) => string,
): T[] {
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
    const overlaps = (taken: T) =>
      ` ${taken.key} `.includes(padded) || padded.includes(` ${taken.key} `) || abbreviates(form, formOf(taken));
    if (!chosen.some(overlaps)) chosen.push(term);
  }
  return chosen;
}
