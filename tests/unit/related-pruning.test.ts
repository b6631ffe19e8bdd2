import { describe, expect, test } from 'vitest';
import { buildTermVectors, computeRelated, type RelatedOptions } from '../../src/lib/related/index.ts';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';

/** Every pair scored, the slow and obviously right way: the exact top 5 of each paper by cosine. */
function bruteForceTop5(papers: Array<{ slug: string; title: string; abstract: string }>): Map<string, string[]> {
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const vectors = buildTermVectors(sorted).vectors.map(
    ({ ids, weights }) => new Map(Array.from(ids, (id, i) => [id, weights[i]])),
  );
  const cosine = (a: Map<number, number>, b: Map<number, number>) =>
    [...a].reduce((sum, [id, weight]) => sum + weight * (b.get(id) ?? 0), 0);
  return new Map(
    sorted.map((paper, self) => {
      const others = sorted.flatMap((other, at) =>
        at === self ? [] : [{ slug: other.slug, score: cosine(vectors[self], vectors[at]) }],
      );
      return [
        paper.slug,
        others
          .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1))
          .slice(0, 5)
          .map(({ slug }) => slug),
      ];
    }),
  );
}

describe('computeRelated on a synthetic corpus', () => {
  const papers = syntheticCorpus(300, { seed: 7 });
  const exact = bruteForceTop5(papers);

  test.each<[string, Partial<RelatedOptions>]>([
    ['the default pruning', {}],
    [
      'harsher pruning (12 query terms, no term in more than 5% of papers)',
      { maxQueryTerms: 12, maxPostingsShare: 0.05, minPostingsSkip: 0 },
    ],
  ])('finds the true best neighbour of every paper with %s', (_, options) => {
    const related = computeRelated(papers, options);
    const misses = papers
      .filter((paper) => related.get(paper.slug)![0].slug !== exact.get(paper.slug)![0])
      .map((paper) => paper.slug);
    expect(misses).toEqual([]);
    const found = papers.reduce(
      (sum, paper) =>
        sum +
        exact.get(paper.slug)!.filter((slug) => related.get(paper.slug)!.some((link) => link.slug === slug)).length,
      0,
    );
    expect(found / (5 * papers.length)).toBeGreaterThanOrEqual(0.99);
  });

  test('is deterministic: shuffled input gives the same links', () => {
    const shuffled = [...papers].sort((a, b) => (a.abstract.slice(7) < b.abstract.slice(7) ? -1 : 1));
    expect(computeRelated(shuffled)).toEqual(computeRelated(papers));
  });

  test('gives every paper k links', () => {
    expect([...computeRelated(papers).values()].filter((links) => links.length !== 5)).toEqual([]);
  });
});
