import { abbreviates, isReasonWord, paperWordRuns, phrasesOfRuns, type Phrase, type Word } from './phrases.ts';
import { withoutOverlaps } from './paper-terms.ts';
import { SUBJECT_STEMS } from './stop-words.ts';
import type { PaperText, TermVectors } from './term-vectors.ts';

/**
 * Explains links in words a reader trusts: for two papers, the phrases and names both use ({@link paperPhrases}),
 * weighed by what their words add to the pair's cosine, strongest first, none inside a stronger one
 * ("brain tumor" under "brain tumor segmentation") and no abbreviation of one. Each paper's words are read once (runs of shared word
 * objects, small even at 10,000 papers); each link then looks only at phrases made of words the two share.
 */
export function sharedPhrases(papers: readonly PaperText[], corpus: TermVectors, count: number) {
  const runs = new Array<Word[][] | undefined>(papers.length);
  const runsOf = (at: number) => (runs[at] ??= paperWordRuns(papers[at]!.title, papers[at]!.abstract));
  // Words every paper uses weigh nothing, but belong in phrases ("natural language processing").
  const common = new Set([...corpus.corpusStopStems, ...SUBJECT_STEMS]);
  return (self: number, other: number, shared: ReadonlyArray<readonly [id: number, part: number]>): string[] => {
    const weightOf = new Map<string, number>();
    for (const [id, part] of shared) weightOf.set(corpus.stems[id]!, part);
    const keep = (stem: string) => weightOf.has(stem) || common.has(stem);
    const weighted = (stem: string) => weightOf.has(stem);
    const mine = phrasesOfRuns(runsOf(self), keep, weighted);
    const theirs = phrasesOfRuns(runsOf(other), keep, weighted);
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    const candidates: Array<{ phrase: Phrase; weight: number }> = [];
    for (const [key, phrase] of small) {
      if (!large.has(key)) continue;
      const weight = phrase.stems.reduce((sum, stem) => sum + (weightOf.get(stem) ?? 0), 0);
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
