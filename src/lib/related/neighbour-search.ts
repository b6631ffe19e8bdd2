import type { InvertedIndex } from './inverted-index.ts';
import type { TermVectors } from './term-vectors.ts';

/**
 * How hard the neighbour search is pruned: the part of `RelatedOptions` the search reads. Declared here, and
 * extended by `RelatedOptions`, so the search does not import the ranking that calls it (an import cycle).
 */
export interface SearchOptions {
  /** Only the paper's this-many heaviest terms look for neighbours. */
  maxQueryTerms: number;
  /** Terms in more than this share of the papers do not look for neighbours (their postings are long)… */
  maxPostingsShare: number;
  /** …unless they are in at most this many papers: a small corpus is searched in full. */
  minPostingsSkip: number;
  /** Candidates from the pruned search that are scored in full. */
  candidatePool: number;
}

/**
 * The search state shared by all papers: one score accumulator and one exclusion mask, reset after each
 * paper, so that a search allocates almost nothing (it runs 10,000 times per build at full scale).
 */
export class NeighbourSearch {
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;
  /** Which search last reached each paper; a stamp rather than `score === 0`, which a zero sum would fool. */
  private readonly reachedBy: Int32Array;
  private readonly blocked: Uint8Array;
  /** The paper being searched for, as a dense vector over term ids, so that rescoring needs no merge. */
  private readonly dense: Float64Array;
  private searches = 0;
  private readonly skipAbove: number;

  constructor(
    private corpus: TermVectors,
    private index: InvertedIndex,
    private settings: SearchOptions,
  ) {
    const size = corpus.vectors.length;
    [this.scores, this.touched, this.reachedBy, this.blocked] = [
      new Float64Array(size),
      new Int32Array(size),
      new Int32Array(size),
      new Uint8Array(size),
    ];
    this.dense = new Float64Array(corpus.stems.length);
    this.skipAbove = Math.max(settings.maxPostingsShare * size, settings.minPostingsSkip);
  }

  /** The `wanted` best neighbours of `self`, best first (ties: lower position), none of `excluded` (which holds `self`). */
  nearest(self: number, excluded: readonly number[], wanted: number, pruned: boolean): number[] {
    if (wanted === 0) return [];
    const reached = this.accumulate(self, pruned);
    for (const doc of excluded) this.blocked[doc] = 1;
    // Unpruned, the accumulated scores are already exact, so the pool need only hold `wanted`.
    const pool = new TopCandidates(pruned ? Math.max(this.settings.candidatePool, wanted) : wanted);
    for (let i = 0; i < reached; i++) {
      const doc = this.touched[i];
      if (this.blocked[doc] === 0) pool.offer(doc, this.scores[doc]);
      this.scores[doc] = 0;
    }
    for (const doc of excluded) this.blocked[doc] = 0;
    if (!pruned) return pool.docs();
    return this.rescore(self, pool.docs(), wanted);
  }

  /** The `wanted` best of `candidates` by their exact cosine with `self`. */
  private rescore(self: number, candidates: number[], wanted: number): number[] {
    const { vectors } = this.corpus;
    const { dense } = this;
    const own = vectors[self];
    for (let i = 0; i < own.ids.length; i++) dense[own.ids[i]] = own.weights[i];
    const best = new TopCandidates(wanted);
    for (const doc of candidates) {
      const { ids, weights } = vectors[doc];
      let score = 0;
      for (let i = 0; i < ids.length; i++) score += dense[ids[i]] * weights[i];
      best.offer(doc, score);
    }
    for (let i = 0; i < own.ids.length; i++) dense[own.ids[i]] = 0;
    return best.docs();
  }

  /** Adds up partial cosines over the postings of the paper's query terms; returns how many papers it reached. */
  private accumulate(self: number, pruned: boolean): number {
    const { ids, weights } = this.corpus.vectors[self];
    const { start, docs, weights: postingWeights } = this.index;
    const { scores, touched, reachedBy } = this;
    let order = Array.from(ids.keys());
    if (pruned) {
      order = order.filter((i) => start[ids[i] + 1] - start[ids[i]] <= this.skipAbove);
      order = order.sort((a, b) => weights[b] - weights[a] || a - b).slice(0, this.settings.maxQueryTerms);
    }
    const stamp = ++this.searches;
    let count = 0;
    for (const i of order) {
      const weight = weights[i];
      for (let p = start[ids[i]], end = start[ids[i] + 1]; p < end; p++) {
        const doc = docs[p];
        if (reachedBy[doc] !== stamp) {
          reachedBy[doc] = stamp;
          touched[count++] = doc;
        }
        scores[doc] += weight * postingWeights[p];
      }
    }
    return count;
  }
}

/** The best `size` papers offered so far, by score and then by position (that is, by slug). */
class TopCandidates {
  private readonly docsHeld: Int32Array;
  private readonly scoresHeld: Float64Array;
  private count = 0;

  constructor(private readonly size: number) {
    this.docsHeld = new Int32Array(size);
    this.scoresHeld = new Float64Array(size);
  }

  offer(doc: number, score: number): void {
    const { docsHeld, scoresHeld, size } = this;
    const full = this.count === size;
    if (
      size === 0 ||
      (full && !(score > scoresHeld[size - 1] || (score === scoresHeld[size - 1] && doc < docsHeld[size - 1])))
    )
      return;
    let at = full ? size - 1 : this.count++;
    while (at > 0 && (score > scoresHeld[at - 1] || (score === scoresHeld[at - 1] && doc < docsHeld[at - 1]))) {
      docsHeld[at] = docsHeld[at - 1];
      scoresHeld[at] = scoresHeld[at - 1];
      at--;
    }
    docsHeld[at] = doc;
    scoresHeld[at] = score;
  }

  docs(): number[] {
    return Array.from(this.docsHeld.subarray(0, this.count));
  }
}
