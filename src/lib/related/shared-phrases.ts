import { abbreviates, addRunPhrases, isReasonWord, paperWordRuns, type Phrase, type Word } from './phrases.ts';
import { withoutOverlaps } from './paper-terms.ts';
import { SUBJECT_STEMS } from './stop-words.ts';
import type { PaperText, TermVectors } from './term-vectors.ts';

/**
 * A paper's runs of content words, with what a link asks of each word decided once per paper: its term id
 * (-1 when the word's stem is no term of the corpus) and whether it is a common word, which every link keeps.
 * Both are indexed by the word's position in the runs laid end to end.
 */
interface PaperWords {
  runs: Word[][];
  termAt: Int32Array;
  commonAt: Uint8Array;
}

/**
 * Explains links in words a reader trusts: for two papers, the phrases and names both use ({@link paperPhrases}),
 * weighed by what their words add to the pair's cosine, strongest first, none inside a stronger one
 * ("brain tumor" under "brain tumor segmentation") and no abbreviation of one. Each paper's words are read once,
 * with their term ids; a link marks its shared terms in an array, so that finding which words it keeps is array
 * lookups, and only the pieces of runs made of kept words, holding a shared one, are searched for phrases.
 */
export function sharedPhrases(papers: readonly PaperText[], corpus: TermVectors, count: number) {
  const termOf = new Map<string, number>();
  corpus.stems.forEach((stem, id) => termOf.set(stem, id));
  // Words every paper uses weigh nothing, but belong in phrases ("natural language processing").
  const common = new Set([...corpus.corpusStopStems, ...SUBJECT_STEMS]);
  const words = new Array<PaperWords | undefined>(papers.length);
  const wordsOf = (at: number) => (words[at] ??= readWords(papers[at]!, termOf, common));
  // The link being explained stamps its shared terms: a term is shared when its stamp is the link's.
  const stampOf = new Int32Array(corpus.stems.length);
  const partOf = new Float64Array(corpus.stems.length);
  let stamp = 0;
  const weightOf = (stem: string) => {
    const id = termOf.get(stem);
    return id !== undefined && stampOf[id] === stamp ? partOf[id]! : 0;
  };
  return (self: number, other: number, shared: ReadonlyArray<readonly [id: number, part: number]>): string[] => {
    stamp++;
    for (const [id, part] of shared) {
      stampOf[id] = stamp;
      partOf[id] = part;
    }
    const mine = linkPhrases(wordsOf(self), stampOf, stamp);
    const theirs = linkPhrases(wordsOf(other), stampOf, stamp);
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    const candidates: Array<{ phrase: Phrase; weight: number }> = [];
    for (const [key, phrase] of small) {
      if (!large.has(key)) continue;
      const weight = phrase.stems.reduce((sum, stem) => sum + weightOf(stem), 0);
      if (weight > 0) candidates.push({ phrase: mine.get(key) ?? phrase, weight });
    }
    // A longer phrase weighs at least what its parts weigh: on a tie it goes first, and its parts are skipped.
    candidates.sort((a, b) => b.weight - a.weight || b.phrase.stems.length - a.phrase.stems.length || (a.phrase.key < b.phrase.key ? -1 : 1));
    const chosen = withoutOverlaps(candidates.map(({ phrase }) => phrase), count, (phrase) => phrase.surface);
    const reasons = chosen.map((phrase) => phrase.surface);
    // Room left: the strongest shared words that can stand alone ("radiology"), never filler, none already in a phrase.
    const used = new Set(chosen.flatMap((phrase) => phrase.stems));
    for (const [id] of [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      if (reasons.length >= count) break;
      const word = corpus.surfaces[id]!;
      if (!used.has(corpus.stems[id]!) && isReasonWord(word) && !reasons.some((reason) => abbreviates(word, reason))) reasons.push(word);
    }
    return reasons;
  };
}

function readWords(paper: PaperText, termOf: ReadonlyMap<string, number>, common: ReadonlySet<string>): PaperWords {
  const runs = paperWordRuns(paper.title, paper.abstract);
  const size = runs.reduce((sum, run) => sum + run.length, 0);
  const termAt = new Int32Array(size);
  const commonAt = new Uint8Array(size);
  let at = 0;
  for (const run of runs) {
    for (const { stem } of run) {
      termAt[at] = termOf.get(stem) ?? -1;
      commonAt[at++] = common.has(stem) ? 1 : 0;
    }
  }
  return { runs, termAt, commonAt };
}

/**
 * The phrases of a paper that a link can show: those of the pieces of its runs made only of kept words (the
 * link's shared terms and the common words) that hold at least one shared term. A single word that is neither
 * a name nor capitalised makes no phrase, so such a piece is passed over without copying it.
 */
function linkPhrases({ runs, termAt, commonAt }: PaperWords, stampOf: Int32Array, stamp: number): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  let base = 0;
  for (const run of runs) {
    let from = 0;
    let needed = false;
    for (let at = 0; at <= run.length; at++) {
      if (at < run.length) {
        const term = termAt[base + at]!;
        const shared = term >= 0 && stampOf[term] === stamp;
        if (shared || commonAt[base + at] === 1) {
          needed ||= shared;
          continue;
        }
      }
      if (at > from && needed && (at - from > 1 || run[from]!.name || run[from]!.capitalised)) {
        addRunPhrases(from === 0 && at === run.length ? run : run.slice(from, at), phrases);
      }
      from = at + 1;
      needed = false;
    }
    base += run.length;
  }
  return phrases;
}
