import { paperTerms, TermCounter, withoutOverlaps } from './paper-terms.ts';
import type { PaperText } from './term-vectors.ts';

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

/**
 * The terms most characteristic of each theme, among phrases, names and domain words ({@link paperTerms}): each
 * term's share of the theme's papers (p) against its share of all papers (q), scored as p·ln(p/q), so that a
 * term must be both common in the theme and rarer elsewhere. A term needs `minPapers` papers of the theme
 * (fewer if the theme is smaller); a term inside a better one is left out.
 */
export function characteristicTerms(papers: ReadonlyArray<Sluggish & { theme: string }>, options: { count?: number; minPapers?: number } = {}): Map<string, CharacteristicTerm[]> {
  const { count = 8, minPapers = 2 } = options;
  const themeIds = [...new Set(papers.map((paper) => paper.theme))].sort();
  const sizes = new Int32Array(themeIds.length);
  const counter = new TermCounter(themeIds.length);
  for (const paper of papers) {
    const group = themeIds.indexOf(paper.theme);
    sizes[group]!++;
    counter.add(paperTerms(paper), group);
  }
  const ranked = themeIds.map(() => [] as Array<{ key: string; score: number; papers: number }>);
  for (const [key, { counts }] of counter.tallies) {
    const q = counts.reduce((sum, used) => sum + used, 0) / papers.length;
    counts.forEach((inTheme, group) => {
      const p = inTheme / sizes[group]!;
      if (p > q && inTheme >= Math.min(minPapers, sizes[group]!)) ranked[group]!.push({ key, score: round(p * Math.log(p / q), 6), papers: inTheme });
    });
  }
  const result = new Map<string, CharacteristicTerm[]>();
  themeIds.forEach((id, group) => {
    const terms = ranked[group]!.sort((a, b) => b.score - a.score || words(b.key) - words(a.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    result.set(id, withoutOverlaps(terms, count, ({ key }) => counter.form(key)).map(({ key, score, papers: using }) => ({ term: counter.form(key), score, papers: using })));
  });
  return result;
}

/**
 * The terms that rose most, among phrases, names and domain words ({@link paperTerms}): share of papers dated
 * within `years` before `today` (YYYY-MM-DD) minus the share of papers dated earlier, among terms used by at
 * least `minPapers` recent papers. Papers whose year is unknown (`month-day` dates) are left out.
 */
export function risingTerms(
  papers: ReadonlyArray<Sluggish & { date: { precision: 'day' | 'month-day'; value: string } }>,
  today: string,
  options: { years?: number; minPapers?: number; count?: number } = {},
): RisingTerm[] {
  const { years = 2, minPapers = 3, count = 10 } = options;
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4, 10)}`;
  const dated = papers.filter((paper) => paper.date.precision === 'day');
  const [RECENT, EARLIER] = [0, 1];
  const counter = new TermCounter(2);
  let recentTotal = 0;
  for (const paper of dated) {
    const isRecent = paper.date.value > cutoff;
    if (isRecent) recentTotal++;
    counter.add(paperTerms(paper), isRecent ? RECENT : EARLIER);
  }
  const earlierTotal = dated.length - recentTotal;
  if (recentTotal === 0 || earlierTotal === 0) return [];
  const rising: Array<RisingTerm & { key: string; rise: number }> = [];
  for (const [key, { counts }] of counter.tallies) {
    const papersUsing = counts[RECENT]!;
    const recentShare = papersUsing / recentTotal;
    const earlierShare = counts[EARLIER]! / earlierTotal;
    if (papersUsing >= minPapers && recentShare > earlierShare) {
      rising.push({ key, term: '', recentShare: round(recentShare, 4), earlierShare: round(earlierShare, 4), recentPapers: papersUsing, rise: recentShare - earlierShare });
    }
  }
  rising.sort((a, b) => b.rise - a.rise || words(b.key) - words(a.key) || (a.key < b.key ? -1 : 1));
  return withoutOverlaps(rising, count, ({ key }) => counter.form(key)).map(({ rise: _rise, key, ...term }) => ({ ...term, term: counter.form(key) }));
}

function words(key: string): number {
  let count = 1;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) count++;
  return count;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
