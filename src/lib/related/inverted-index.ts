import type { TermVector } from './term-vectors.ts';

/** Postings in compressed rows: papers containing term `t` are `docs[start[t]…start[t + 1]]`, ascending. */
export interface InvertedIndex {
  start: Int32Array;
  docs: Int32Array;
  weights: Float64Array;
}

/** Inverts the paper vectors into one postings list per term, each holding the term's weight in each paper. */
export function buildInvertedIndex(vectors: readonly TermVector[], termCount: number): InvertedIndex {
  const start = new Int32Array(termCount + 1);
  for (const { ids } of vectors) for (const id of ids) start[id + 1]++;
  for (let t = 0; t < termCount; t++) start[t + 1] += start[t];
  const fill = start.slice(0, termCount);
  const docs = new Int32Array(start[termCount]);
  const weights = new Float64Array(start[termCount]);
  vectors.forEach(({ ids, weights: w }, doc) => {
    for (let i = 0; i < ids.length; i++) {
      const at = fill[ids[i]]++;
      docs[at] = doc;
      weights[at] = w[i];
    }
  });
  return { start, docs, weights };
}

/** The cosine of two unit vectors, and each shared term's part in it. */
export function dotProduct(a: TermVector, b: TermVector): { score: number; shared: Array<[id: number, part: number]> } {
  const shared: Array<[number, number]> = [];
  let score = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length;) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else {
      const part = a.weights[i] * b.weights[j];
      score += part;
      shared.push([a.ids[i], part]);
      i++;
      j++;
    }
  }
  return { score, shared };
}
