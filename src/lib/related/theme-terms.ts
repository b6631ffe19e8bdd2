import { buildTermVectors, type PaperText, type TermVectors } from './term-vectors.ts';

/** A term that sets a theme apart: readable form, its score, and how many of the theme's papers use it. */
export interface CharacteristicTerm {
  term: string;
  score: number;
  papers: number;
}

/** A term whose share of papers grew: share in the recent window and before it (0–1), and recent papers using it. */
export interface RisingTerm {
  term: string;
  recentShare: number;
  earlierShare: number;
  recentPapers: number;
}

type Sluggish = PaperText & { slug: string };

/** Slug order first, so that term ids and float sums never depend on the caller's order. */
function vectorsBySlug<T extends Sluggish>(papers: readonly T[], stopWordShare?: number): { sorted: T[]; corpus: TermVectors } {
  const sorted = [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { sorted, corpus: buildTermVectors(sorted, stopWordShare === undefined ? {} : { stopWordShare }) };
}

/**
 * The terms most characteristic of each theme: each term's share of the theme's TF-IDF mass against its share
 * of the whole corpus's, scored as p·ln(p/q) so that a term must be both frequent in the theme and rarer
 * elsewhere. A term needs `minPapers` papers of the theme (fewer if the theme is smaller).
 */
export function characteristicTerms(papers: ReadonlyArray<Sluggish & { theme: string }>, options: { count?: number; minPapers?: number } = {}): Map<string, CharacteristicTerm[]> {
  const { count = 8, minPapers = 2 } = options;
  const { sorted, corpus } = vectorsBySlug(papers);
  const corpusMass = new Float64Array(corpus.stems.length);
  const themes = new Map<string, { mass: Float64Array; papers: Int32Array; size: number }>();
  sorted.forEach((paper, at) => {
    let theme = themes.get(paper.theme);
    if (!theme) themes.set(paper.theme, (theme = { mass: new Float64Array(corpus.stems.length), papers: new Int32Array(corpus.stems.length), size: 0 }));
    theme.size++;
    const { ids, weights } = corpus.vectors[at];
    ids.forEach((id, i) => {
      corpusMass[id] += weights[i];
      theme.mass[id] += weights[i];
      theme.papers[id]++;
    });
  });
  const corpusTotal = corpusMass.reduce((sum, mass) => sum + mass, 0);
  const result = new Map<string, CharacteristicTerm[]>();
  for (const theme of [...themes.keys()].sort()) {
    const { mass, papers: used, size } = themes.get(theme)!;
    const total = mass.reduce((sum, value) => sum + value, 0);
    const terms: CharacteristicTerm[] = [];
    mass.forEach((value, id) => {
      const p = value / total;
      const q = corpusMass[id] / corpusTotal;
      if (value > 0 && p > q && used[id] >= Math.min(minPapers, size)) terms.push({ term: corpus.surfaces[id], score: round(p * Math.log(p / q), 6), papers: used[id] });
    });
    result.set(theme, terms.sort(byScoreThenTerm).slice(0, count));
  }
  return result;
}

/**
 * The terms that rose most: share of papers dated within `years` before `today` (YYYY-MM-DD) minus the share
 * of papers dated earlier, among terms used by at least `minPapers` recent papers. Papers whose year is
 * unknown (`month-day` dates) are left out. Corpus stop words are kept: a term that grew common is news.
 */
export function risingTerms(
  papers: ReadonlyArray<Sluggish & { date: { precision: 'day' | 'month-day'; value: string } }>,
  today: string,
  options: { years?: number; minPapers?: number; count?: number } = {},
): RisingTerm[] {
  const { years = 2, minPapers = 3, count = 10 } = options;
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4, 10)}`;
  const { sorted, corpus } = vectorsBySlug(papers.filter((paper) => paper.date.precision === 'day'), 1);
  const recent = new Int32Array(corpus.stems.length);
  const earlier = new Int32Array(corpus.stems.length);
  let recentTotal = 0;
  sorted.forEach((paper, at) => {
    const isRecent = paper.date.value > cutoff;
    if (isRecent) recentTotal++;
    for (const id of corpus.vectors[at].ids) (isRecent ? recent : earlier)[id]++;
  });
  const earlierTotal = sorted.length - recentTotal;
  if (recentTotal === 0 || earlierTotal === 0) return [];
  const rising: Array<RisingTerm & { rise: number }> = [];
  recent.forEach((papersUsing, id) => {
    const recentShare = papersUsing / recentTotal;
    const earlierShare = earlier[id] / earlierTotal;
    if (papersUsing >= minPapers && recentShare > earlierShare) {
      rising.push({ term: corpus.surfaces[id], recentShare: round(recentShare, 4), earlierShare: round(earlierShare, 4), recentPapers: papersUsing, rise: recentShare - earlierShare });
    }
  });
  rising.sort((a, b) => b.rise - a.rise || (a.term < b.term ? -1 : 1));
  return rising.slice(0, count).map(({ rise: _rise, ...term }) => term);
}

function byScoreThenTerm(a: CharacteristicTerm, b: CharacteristicTerm): number {
  return b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
