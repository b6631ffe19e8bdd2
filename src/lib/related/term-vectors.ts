import { tokenize } from './tokenize.ts';

/** The text of one paper, as the related-papers and theme-term functions read it. */
export interface PaperText {
  title: string;
  abstract: string;
}

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
  const counts = papers.map((paper) => {
    const tf = new Map<number, number>();
    const add = (text: string, kind: 'title' | 'prose', weight: number) => {
      for (const { stem, surface } of tokenize(text, kind)) {
        let seen = surfaceCounts.get(surface);
        if (seen === undefined) {
          let id = termIds.get(stem);
          if (id === undefined) termIds.set(stem, (id = stems.push(stem) - 1));
          surfaceCounts.set(surface, (seen = { id, count: 0 }));
        }
        seen.count++;
        tf.set(seen.id, (tf.get(seen.id) ?? 0) + weight);
      }
    };
    add(paper.title, 'title', titleWeight);
    add(paper.abstract, 'prose', 1);
    return tf;
  });
  const documentFrequency = new Int32Array(stems.length);
  for (const tf of counts) for (const id of tf.keys()) documentFrequency[id]++;
  const stopAbove = Math.max(stopWordShare * papers.length, stopWordMinPapers);
  const vectors = counts.map((tf) => weigh(tf, documentFrequency, papers.length, stopAbove));
  const corpusStopStems = stems
    .filter((_, id) => documentFrequency[id] > stopAbove)
    .sort((a, b) => documentFrequency[termIds.get(b)!] - documentFrequency[termIds.get(a)!] || (a < b ? -1 : 1));
  return { vectors, stems, surfaces: mostFrequentSurfaces(surfaceCounts, stems.length), documentFrequency, corpusStopStems };
}

function weigh(tf: Map<number, number>, df: Int32Array, total: number, stopAbove: number): TermVector {
  // A term in every paper has idf 0: it could only add zeros.
  const ids = [...tf.keys()].filter((id) => df[id] <= stopAbove && df[id] < total).sort((a, b) => a - b);
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    weights[i] = (1 + Math.log(tf.get(id)!)) * Math.log(total / df[id]);
    norm += weights[i] * weights[i];
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
  return { ids: Int32Array.from(ids), weights };
}

/** Each term's most frequent form; ties go to the form that sorts first, so input order never decides. */
function mostFrequentSurfaces(counts: Map<string, { id: number; count: number }>, termCount: number): string[] {
  const best = new Array<string>(termCount).fill('');
  const bestCount = new Array<number>(termCount).fill(-1);
  for (const [form, { id, count }] of counts) {
    if (count > bestCount[id] || (count === bestCount[id] && form < best[id])) [best[id], bestCount[id]] = [form, count];
  }
  return best;
}
