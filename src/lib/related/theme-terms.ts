import { withoutOverlaps } from './paper-terms.ts';
import { buildTermTable, countTerms, termForm, type TermTable } from './term-table.ts';
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
 * (fewer if the theme is smaller); a term inside a better one is left out. `terms`, when given, is
 * {@link buildTermTable} of these same papers, so that a caller of both functions reads each paper once.
 */
export function characteristicTerms(
  papers: ReadonlyArray<Sluggish & { theme: string }>,
  options: { count?: number; minPapers?: number; terms?: TermTable } = {},
): Map<string, CharacteristicTerm[]> {
  const { count = 8, minPapers = 2 } = options;
  const table = tableFor(papers, options.terms);
  const themeIds = [...new Set(papers.map((paper) => paper.theme))].sort();
  const groupOf = new Map(themeIds.map((id, group) => [id, group]));
  const groups = themeIds.length;
  const sizes = new Int32Array(groups);
  const themeOf = papers.map((paper) => groupOf.get(paper.theme)!);
  for (const group of themeOf) sizes[group]!++;
  const counted = countTerms(table, groups, (paper) => themeOf[paper]!);
  const { counts } = counted;
  const ranked = themeIds.map(() => [] as Array<{ id: number; key: string; score: number; papers: number }>);
  for (let id = 0; id < table.keys.length; id++) {
    let sum = 0;
    for (let group = 0; group < groups; group++) sum += counts[id * groups + group]!;
    if (sum === 0) continue;
    const q = sum / papers.length;
    for (let group = 0; group < groups; group++) {
      const inTheme = counts[id * groups + group]!;
      const p = inTheme / sizes[group]!;
      if (p > q && inTheme >= Math.min(minPapers, sizes[group]!))
        ranked[group]!.push({ id, key: table.keys[id]!, score: round(p * Math.log(p / q), 6), papers: inTheme });
    }
  }
  const result = new Map<string, CharacteristicTerm[]>();
  themeIds.forEach((themeId, group) => {
    const terms = ranked[group]!.sort(
      (a, b) => b.score - a.score || words(b.key) - words(a.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const formOf = ({ id }: { id: number }) => termForm(table, counted, id);
    result.set(
      themeId,
      withoutOverlaps(terms, count, formOf).map((term) => ({
        term: formOf(term),
        score: term.score,
        papers: term.papers,
      })),
    );
  });
  return result;
}

/**
 * The terms that rose most, among phrases, names and domain words ({@link paperTerms}): share of papers dated
 * within `years` before `today` (YYYY-MM-DD) minus the share of papers dated earlier, among terms used by at
 * least `minPapers` recent papers. Papers whose year is unknown (`month-day` dates) are left out. `terms` as in
 * {@link characteristicTerms}.
 */
export function risingTerms(
  papers: ReadonlyArray<Sluggish & { date: { precision: 'day' | 'month-day'; value: string } }>,
  today: string,
  options: { years?: number; minPapers?: number; count?: number; terms?: TermTable } = {},
): RisingTerm[] {
  const { years = 2, minPapers = 3, count = 10 } = options;
  const cutoff = `${Number(today.slice(0, 4)) - years}${today.slice(4, 10)}`;
  const [RECENT, EARLIER, LEFT_OUT] = [0, 1, -1];
  const windowOf = papers.map((paper) =>
    paper.date.precision !== 'day' ? LEFT_OUT : paper.date.value > cutoff ? RECENT : EARLIER,
  );
  const recentTotal = windowOf.filter((window) => window === RECENT).length;
  const earlierTotal = windowOf.filter((window) => window === EARLIER).length;
  if (recentTotal === 0 || earlierTotal === 0) return [];
  const table = tableFor(papers, options.terms);
  const counted = countTerms(table, 2, (paper) => windowOf[paper]!);
  const { counts } = counted;
  const rising: Array<RisingTerm & { id: number; key: string; rise: number }> = [];
  for (let id = 0; id < table.keys.length; id++) {
    const papersUsing = counts[id * 2 + RECENT]!;
    const recentShare = papersUsing / recentTotal;
    const earlierShare = counts[id * 2 + EARLIER]! / earlierTotal;
    if (papersUsing >= minPapers && recentShare > earlierShare) {
      rising.push({
        id,
        key: table.keys[id]!,
        term: '',
        recentShare: round(recentShare, 4),
        earlierShare: round(earlierShare, 4),
        recentPapers: papersUsing,
        rise: recentShare - earlierShare,
      });
    }
  }
  rising.sort((a, b) => b.rise - a.rise || words(b.key) - words(a.key) || (a.key < b.key ? -1 : 1));
  const formOf = ({ id }: { id: number }) => termForm(table, counted, id);
  return withoutOverlaps(rising, count, formOf).map(({ rise: _rise, id: _id, key: _key, ...term }) => ({
    ...term,
    term: formOf({ id: _id }),
  }));
}

/** The given table of these papers' terms, or one read now. */
function tableFor(papers: readonly PaperText[], given: TermTable | undefined): TermTable {
  if (given === undefined) return buildTermTable(papers);
  if (given.termsOf.length !== papers.length)
    throw new Error(
      `theme terms: the term table holds ${given.termsOf.length} papers, not ${papers.length}; build it from the same papers`,
    );
  return given;
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
