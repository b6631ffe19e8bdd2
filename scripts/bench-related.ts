/**
 * Times the related-papers computation on synthetic corpora (median of 3 runs per size) and checks how much
 * of the exact top 5 (brute-force cosine over a sample of papers) the pruned search finds.
 * Usage: npm run bench-related -- [size…]   (default: 1000 10000)
 * "terms (one table)" is what a build runs for theme and rising terms: each paper's terms read once for both.
 * A build runs each part once, cold: the first run (in brackets) is the figure to compare with a budget.
 */
import { characteristicTerms, computeRelated, risingTerms } from '../src/lib/related/index.ts';
import { dotProduct } from '../src/lib/related/inverted-index.ts';
import { buildTermVectors } from '../src/lib/related/term-vectors.ts';
import { buildTermTable } from '../src/lib/related/term-table.ts';
import { syntheticCorpus, type SyntheticPaper } from './bench/synthetic-corpus.ts';

const RUNS = 3;
const SAMPLE = 100;

/** Seconds of the first run (a build runs it once, cold) and the median of RUNS runs. */
function time(task: () => unknown): { first: number; median: number } {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    task();
    times.push((performance.now() - start) / 1000);
  }
  return { first: times[0], median: [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)] };
}

/** Share of the exact top 5 that the pruned search returned, over every `step`-th paper. */
function recallAgainstBruteForce(
  papers: SyntheticPaper[],
  related: Map<string, Array<{ slug: string }>>,
): { recall: number; top1: number } {
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const { vectors } = buildTermVectors(sorted);
  const step = Math.max(1, Math.floor(sorted.length / SAMPLE));
  let [found, wanted, top1, checked] = [0, 0, 0, 0];
  for (let self = 0; self < sorted.length; self += step) {
    const exact = sorted
      .map((paper, other) => ({
        slug: paper.slug,
        score: other === self ? -1 : dotProduct(vectors[self], vectors[other]).score,
      }))
      .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1))
      .slice(0, 5)
      .map(({ slug }) => slug);
    const got = related.get(sorted[self].slug)!.map(({ slug }) => slug);
    found += exact.filter((slug) => got.includes(slug)).length;
    wanted += exact.length;
    top1 += got[0] === exact[0] ? 1 : 0;
    checked++;
  }
  return { recall: found / wanted, top1: top1 / checked };
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n: number) => n > 0);
for (const size of sizes.length > 0 ? sizes : [1000, 10_000]) {
  const papers = syntheticCorpus(size);
  const words = papers.reduce((sum, paper) => sum + paper.abstract.split(' ').length, 0) / size;
  const related = time(() => computeRelated(papers));
  const themes = time(() => characteristicTerms(papers));
  const rising = time(() => risingTerms(papers, '2025-12-31'));
  const both = time(() => {
    const terms = buildTermTable(papers);
    return [characteristicTerms(papers, { terms }), risingTerms(papers, '2025-12-31', { terms })];
  });
  const links = computeRelated(papers);
  const fewest = Math.min(...[...links.values()].map((list) => list.length));
  const { recall, top1 } = recallAgainstBruteForce(papers, links);
  console.log(`${size} entries, ${words.toFixed(0)} words per abstract, ${RUNS} runs (median; first run in brackets):`);
  console.log(`  computeRelated       ${related.median.toFixed(2)} s (${related.first.toFixed(2)} s)`);
  console.log(`  characteristicTerms  ${themes.median.toFixed(2)} s (${themes.first.toFixed(2)} s)`);
  console.log(`  risingTerms          ${rising.median.toFixed(2)} s (${rising.first.toFixed(2)} s)`);
  console.log(`  terms (one table)    ${both.median.toFixed(2)} s (${both.first.toFixed(2)} s)`);
  console.log(
    `  fewest links per paper ${fewest}; against brute force on ${SAMPLE} papers: top-5 recall ${(recall * 100).toFixed(1)}%, same first link ${(top1 * 100).toFixed(0)}%`,
  );
}
