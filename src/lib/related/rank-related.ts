import { buildInvertedIndex, dotProduct } from './inverted-index.ts';
import { NeighbourSearch, type SearchOptions } from './neighbour-search.ts';
import { sharedPhrases } from './shared-phrases.ts';
import { resolveOverrides, type RelatedOverrides } from './overrides.ts';
import {
  buildTermVectors,
  TERM_VECTOR_DEFAULTS,
  type PaperText,
  type TermVectorOptions,
  type TermVectors,
} from './term-vectors.ts';

/** A paper as the related-papers ranking reads it: a subset of the entry. */
export interface RelatedInput extends PaperText {
  slug: string;
  related?: RelatedOverrides;
}

/** One related link: the other paper, the cosine of their texts, and the words that make them alike. */
export interface RelatedLink {
  slug: string;
  /** Cosine similarity of the two TF-IDF vectors, 0–1, rounded to 4 decimals. */
  score: number;
  /** The strongest phrases and names the two papers share, in readable form, strongest first. */
  sharedTerms: string[];
  /** True when a curator pinned the link. */
  pinned: boolean;
}

/** How many links, and how hard the search is pruned. */
export interface RelatedOptions extends TermVectorOptions, SearchOptions {
  /** Links per paper, pins included (more when a curator pins more). */
  k: number;
  /** Shared terms shown per link. */
  sharedTermCount: number;
}

/** Defaults for {@link RelatedOptions}. */
export const RELATED_DEFAULTS: RelatedOptions = {
  ...TERM_VECTOR_DEFAULTS,
  k: 5,
  maxQueryTerms: 30,
  maxPostingsShare: 0.1,
  minPostingsSkip: 50,
  candidatePool: 40,
  sharedTermCount: 3,
};

/**
 * Ranks, for every paper, the `k` most similar others by the cosine of their title-and-abstract TF-IDF vectors.
 * Computed once for the whole corpus through an inverted index: each paper accumulates scores over the postings
 * of its heaviest terms only, skipping very common terms, then its best candidates are scored in full (a paper
 * left with fewer than `k` is searched again without pruning). Curator pins come first in their order,
 * excludes never appear, a paper never lists itself. Deterministic: ties go to the smaller slug, and input order
 * does not matter.
 */
export function computeRelated(
  papers: readonly RelatedInput[],
  options: Partial<RelatedOptions> = {},
): Map<string, RelatedLink[]> {
  const settings = { ...RELATED_DEFAULTS, ...options };
  // Sorting first makes term ids, summation order and ties independent of the caller's order.
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const positionOf = new Map<string, number>();
  sorted.forEach((paper, at) => {
    if (positionOf.has(paper.slug))
      throw new Error(`related papers: the slug "${paper.slug}" is used by two papers; give each entry its own slug`);
    positionOf.set(paper.slug, at);
  });
  const corpus = buildTermVectors(sorted, settings);
  const index = buildInvertedIndex(corpus.vectors, corpus.stems.length);
  const search = new NeighbourSearch(corpus, index, settings);
  const related = new Map<string, RelatedLink[]>();
  const reasons = sharedPhrases(sorted, corpus, settings.sharedTermCount);
  sorted.forEach((paper, self) => {
    const { pins, excluded } = resolveOverrides(self, paper.related, positionOf);
    const skipped = [...excluded, ...pins];
    const wanted = Math.max(settings.k - pins.length, 0);
    let found = search.nearest(self, skipped, wanted, true);
    if (found.length < wanted) found = search.nearest(self, skipped, wanted, false);
    const link = (other: number, pinned: boolean) => toLink(corpus, self, other, sorted[other].slug, pinned, reasons);
    related.set(paper.slug, [...pins.map((other) => link(other, true)), ...found.map((other) => link(other, false))]);
  });
  return related;
}

/** The link from paper `self` to paper `other`, with its exact score and the phrases that say why. */
function toLink(
  corpus: TermVectors,
  self: number,
  other: number,
  slug: string,
  pinned: boolean,
  reasons: ReturnType<typeof sharedPhrases>,
): RelatedLink {
  const { score, shared } = dotProduct(corpus.vectors[self], corpus.vectors[other]);
  return { slug, score: Math.round(score * 1e4) / 1e4, sharedTerms: reasons(self, other, shared), pinned };
}
