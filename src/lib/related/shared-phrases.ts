import { abbreviates, forEachRunPhrase, isReasonWord, scanPaperWords, type Phrase, type Word } from './phrases.ts';
import { withoutOverlaps } from './paper-terms.ts';
import { SUBJECT_STEMS } from './stop-words.ts';
import type { PaperText, TermVectors } from './term-vectors.ts';

/**
 * The words of the corpus, numbered in the order first read, with what a link asks of each, decided once: its
 * term id (-1 when its stem is no term of the corpus) and whether it is a common word, which every link keeps.
 * A paper is then one small array of word numbers (-1 where a run ends), not an array of arrays, which at
 * 10,000 papers kept the garbage collector copying hundreds of thousands of long-lived arrays.
 */
class CorpusWords {
  readonly words: Word[] = [];
  readonly termOf: number[] = [];
  readonly isCommon: boolean[] = [];
  private readonly numberOf = new Map<Word, number>();
  private readonly buffer: number[] = [];

  constructor(
    private readonly termIds: ReadonlyMap<string, number>,
    private readonly common: ReadonlySet<string>,
  ) {}

  /** The paper's runs laid end to end as word numbers, one -1 between runs. */
  read(paper: PaperText): Int32Array {
    const { buffer } = this;
    buffer.length = 0;
    scanPaperWords(paper.title, paper.abstract, (word) => {
      if (word !== undefined) buffer.push(this.number(word));
      else if (buffer.length > 0 && buffer[buffer.length - 1] !== -1) buffer.push(-1);
    });
    return Int32Array.from(buffer);
  }

  private number(word: Word): number {
    let at = this.numberOf.get(word);
    if (at === undefined) {
      at = this.words.push(word) - 1;
      this.numberOf.set(word, at);
      this.termOf.push(this.termIds.get(word.stem) ?? -1);
      this.isCommon.push(this.common.has(word.stem));
    }
    return at;
  }
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
  const words = new CorpusWords(termOf, common);
  const read = new Array<Int32Array | undefined>(papers.length);
  const wordsOf = (at: number) => (read[at] ??= words.read(papers[at]!));
  // The link being explained stamps its shared terms: a term is shared when its stamp is the link's.
  const stampOf = new Int32Array(corpus.stems.length);
  const partOf = new Float64Array(corpus.stems.length);
  let stamp = 0;
  const isShared = (word: number) => {
    const term = words.termOf[word]!;
    return term !== -1 && stampOf[term] === stamp;
  };
  return (self: number, other: number, shared: ReadonlyArray<readonly [id: number, part: number]>): string[] => {
    stamp++;
    for (const [id, part] of shared) {
      stampOf[id] = stamp;
      partOf[id] = part;
    }
    // A phrase without a shared word weighs nothing, and every use of a phrase has the same words: only phrases
    // with a shared word are looked for. Each is where this paper first writes it (its form), found in both.
    const mine = new Map<string, number>();
    const selfWords = wordsOf(self);
    forEachLinkPhrase(words, selfWords, isShared, (key, start, end) => {
      if (!mine.has(key)) mine.set(key, start * PLACE + (end - start));
    });
    const candidates: Array<{ phrase: Phrase; weight: number }> = [];
    forEachLinkPhrase(words, wordsOf(other), isShared, (key) => {
      const place = mine.get(key);
      if (place === undefined || place === TAKEN) return;
      mine.set(key, TAKEN);
      const phrase = toPhrase(words, selfWords, key, Math.floor(place / PLACE), place % PLACE);
      let weight = 0;
      for (let i = 0; i < phrase.words.length; i++) {
        const term = words.termOf[phrase.words[i]!]!;
        weight += term !== -1 && stampOf[term] === stamp ? partOf[term]! : 0;
      }
      if (weight > 0) candidates.push({ phrase, weight });
    });
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

// A phrase's place in its paper is held as one number: start × PLACE + length (at most 4 words).
const PLACE = 8;
const TAKEN = -1;

/**
 * Calls `visit` with each phrase of a paper that a link can show, by its place in the paper: the phrases
 * ({@link forEachRunPhrase}) of the pieces of its runs made only of kept words (the link's shared terms and the
 * common words) that hold a shared term, and only those phrases that hold one. A single word that is neither
 * a name nor capitalised makes no phrase, so such a piece is passed over without copying it.
 */
function forEachLinkPhrase(
  corpus: CorpusWords,
  paper: Int32Array,
  isShared: (word: number) => boolean,
  visit: (key: string, start: number, end: number) => void,
): void {
  const { words, isCommon } = corpus;
  let from = 0;
  let needed = false;
  for (let at = 0; at <= paper.length; at++) {
    // A run's end (-1), the paper's end and a word the link does not keep all end a piece.
    const word = at < paper.length ? paper[at]! : -1;
    if (word !== -1) {
      const shared = isShared(word);
      if (shared || isCommon[word]) {
        needed ||= shared;
        continue;
      }
    }
    if (at > from && needed && (at - from > 1 || words[paper[from]!]!.name || words[paper[from]!]!.capitalised)) {
      const piece: Word[] = [];
      for (let i = from; i < at; i++) piece.push(words[paper[i]!]!);
      const base = from;
      forEachRunPhrase(piece, (key, start, end) => {
        for (let i = base + start; i < base + end; i++) {
          if (isShared(paper[i]!)) return visit(key, base + start, base + end);
        }
      });
    }
    from = at + 1;
    needed = false;
  }
}

/** The phrase `key` as written at `paper[start…start + length]`. */
function toPhrase(corpus: CorpusWords, paper: Int32Array, key: string, start: number, length: number): Phrase & { words: Int32Array } {
  const words = paper.subarray(start, start + length);
  const written = Array.from(words, (word) => corpus.words[word]!);
  return { key, surface: written.map((word) => word.surface).join(' '), stems: written.map((word) => word.stem), words };
}
