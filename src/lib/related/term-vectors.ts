import type { Paper } from '../paper.ts';
import { tokenize } from './tokenize.ts';

/** The text of one paper, as the related-papers and theme-term functions read it. */
export type PaperText = Pick<Paper, 'title' | 'abstract'>;

/** How the corpus is weighted. */
export interface TermVectorOptions {
  /** A title word counts this many times an abstract word. */
  titleWeight: number;
  /** Terms in more than this share of the papers are the corpus's own stop words ("language", "medical")… */
  stopWordShare: number;
  /** …and in more than this many papers, so that a small corpus keeps the words its papers share. */
  stopWordMinPapers: number;
}

/** Defaults for {@link TermVectorOptions}. */
export const TERM_VECTOR_DEFAULTS: TermVectorOptions = { titleWeight: 2, stopWordShare: 0.4, stopWordMinPapers: 8 };

/** A sparse TF-IDF vector of unit length: term ids ascending, with their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** The weighted corpus: one vector per paper (same order as the input) and what each term id stands for. */
export interface TermVectors {
  vectors: TermVector[];
  /** Stem of each term id. */
  stems: string[];
  /** Most frequent readable form of each term id. */
  surfaces: string[];
  /** Papers containing each term id. */
  documentFrequency: Int32Array;
  /** Stems dropped as corpus stop words, most frequent first. */
  corpusStopStems: string[];
}

/**
 * Weights every paper's title and abstract as a TF-IDF vector over stemmed content words: sublinear term
 * frequency (1 + ln tf), idf = ln(N / df), corpus stop words removed, unit length so a dot product is the cosine.
 */
export function buildTermVectors(papers: readonly PaperText[], options: Partial<TermVectorOptions> = {}): TermVectors {
  const { titleWeight, stopWordShare, stopWordMinPapers } = { ...TERM_VECTOR_DEFAULTS, ...options };
  const termIds = new Map<string, number>();
  const stems: string[] = [];
  // Keyed by surface alone: a surface always has the same stem, so one lookup per word suffices.
  const surfaceCounts = new Map<string, { id: number; count: number }>();
  // Term frequencies are summed in one dense array reused by every paper, and kept as two small typed arrays
  // per paper: at 10,000 papers a map per paper cost more in garbage collection than the counting itself.
  let frequency: Float64Array = new Float64Array(1024);
  // Whether the paper being read has the term yet: a zero frequency would not tell, with a title weight of 0.
  let inPaper: Uint8Array = new Uint8Array(1024);
  const seen: number[] = [];
  const counts = papers.map((paper) => {
    const add = (text: string, kind: 'title' | 'prose', weight: number) => {
      for (const { stem, surface } of tokenize(text, kind)) {
        let form = surfaceCounts.get(surface);
        if (form === undefined) {
          let id = termIds.get(stem);
          if (id === undefined) termIds.set(stem, (id = stems.push(stem) - 1));
          surfaceCounts.set(surface, (form = { id, count: 0 }));
          if (id >= frequency.length) [frequency, inPaper] = [grown(frequency, id), grown(inPaper, id)];
        }
        form.count++;
        if (inPaper[form.id] === 0) {
          inPaper[form.id] = 1;
          seen.push(form.id);
        }
        frequency[form.id] += weight;
      }
    };
    add(paper.title, 'title', titleWeight);
    add(paper.abstract, 'prose', 1);
    const ids = Int32Array.from(seen).sort();
    const tf = Float64Array.from(ids, (id) => frequency[id]!);
    for (const id of seen) {
      frequency[id] = 0;
      inPaper[id] = 0;
    }
    seen.length = 0;
    return { ids, tf };
  });
  const documentFrequency = new Int32Array(stems.length);
  for (const { ids } of counts) for (const id of ids) documentFrequency[id]++;
  const stopAbove = Math.max(stopWordShare * papers.length, stopWordMinPapers);
  const vectors = counts.map((paper) => weigh(paper, documentFrequency, papers.length, stopAbove));
  const corpusStopStems = stems
    .filter((_, id) => documentFrequency[id] > stopAbove)
    .sort((a, b) => documentFrequency[termIds.get(b)!] - documentFrequency[termIds.get(a)!] || (a < b ? -1 : 1));
  return {
    vectors,
    stems,
    surfaces: mostFrequentSurfaces(surfaceCounts, stems.length),
    documentFrequency,
    corpusStopStems,
  };
}

/** A copy of `array` long enough to hold index `at`. */
function grown<T extends Float64Array | Uint8Array>(array: T, at: number): T {
  const longer = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, at + 1));
  longer.set(array);
  return longer;
}

/** The unit TF-IDF vector of one paper, from its term ids (ascending) and their frequencies. */
function weigh(
  paper: { ids: Int32Array; tf: Float64Array },
  df: Int32Array,
  total: number,
  stopAbove: number,
): TermVector {
  const { ids: all, tf: allTf } = paper;
  // A term in every paper has idf 0: it could only add zeros.
  let kept = 0;
  for (const id of all) if (df[id] <= stopAbove && df[id] < total) kept++;
  const ids = new Int32Array(kept);
  const weights = new Float64Array(kept);
  let norm = 0;
  for (let i = 0, at = 0; i < all.length; i++) {
    const id = all[i]!;
    if (!(df[id] <= stopAbove && df[id] < total)) continue;
    ids[at] = id;
    weights[at] = (1 + Math.log(allTf[i]!)) * Math.log(total / df[id]);
    norm += weights[at] * weights[at];
    at++;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { ids, weights };
}

/** Each term's most frequent form; ties go to the form that sorts first, so input order never decides. */
function mostFrequentSurfaces(counts: Map<string, { id: number; count: number }>, termCount: number): string[] {
  const best = new Array<string>(termCount).fill('');
  const bestCount = new Array<number>(termCount).fill(-1);
  for (const [form, { id, count }] of counts) {
    if (count > bestCount[id] || (count === bestCount[id] && form < best[id]))
      [best[id], bestCount[id]] = [form, count];
  }
  return best;
}
