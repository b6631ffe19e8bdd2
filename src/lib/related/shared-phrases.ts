import { abbreviates, forEachRunPhrase, isReasonWord, scanPaperWords, wordById } from './phrases.ts';
import type { Phrase, Word } from './phrases.ts';
import { withoutOverlaps } from './paper-terms.ts';
import { SUBJECT_STEMS } from './stop-words.ts';
import type { PaperText, TermVectors } from './term-vectors.ts';

/**
 * What a link asks of each word, decided once per corpus and kept in arrays by word id ({@link Word.id}): its
 * term id (-1 when its stem is no term of the corpus) and whether it is a common word, which every link keeps.
 * A paper is then one small array of word ids (-1 where a run ends), not an array of arrays, which at
 * 10,000 papers kept the garbage collector copying hundreds of thousands of long-lived arrays.
 */
class CorpusWords {
  /** The term id of each word's stem, -1 when it is none, or UNKNOWN before the word is first read. */
  termOf = new Int32Array(0);
  /** 1 when the word's stem is a common word. */
  isCommon = new Uint8Array(0);
  /** A number for each word's stem: words written differently ("Model", "models") may share a stem. */
  stemOf = new Int32Array(0);
  private readonly stemNumbers = new Map<string, number>();

  /** How many stems have a number. */
  get stemCount(): number {
    return this.stemNumbers.size;
  }

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
      if (word !== undefined) {
        if (word.id >= this.termOf.length || this.termOf[word.id] === UNKNOWN) this.learn(word);
        buffer.push(word.id);
      } else if (buffer.length > 0 && buffer[buffer.length - 1] !== -1) buffer.push(-1);
    });
    return Int32Array.from(buffer);
  }

  private learn(word: Word): void {
    if (word.id >= this.termOf.length) {
      const size = Math.max(word.id + 1, this.termOf.length * 2, 1024);
      const termOf = new Int32Array(size).fill(UNKNOWN);
      termOf.set(this.termOf);
      const isCommon = new Uint8Array(size);
      isCommon.set(this.isCommon);
      const stemOf = new Int32Array(size);
      stemOf.set(this.stemOf);
      [this.termOf, this.isCommon, this.stemOf] = [termOf, isCommon, stemOf];
    }
    let stem = this.stemNumbers.get(word.stem);
    if (stem === undefined) this.stemNumbers.set(word.stem, (stem = this.stemNumbers.size));
    this.stemOf[word.id] = stem;
    this.termOf[word.id] = this.termIds.get(word.stem) ?? -1;
    this.isCommon[word.id] = this.common.has(word.stem) ? 1 : 0;
  }
}

const UNKNOWN = -2;

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
  const isCommon = (word: number) => words.isCommon[word] === 1;
  // Places of phrases (start, end, start, end…) in self and in the other paper, and which of self's are taken.
  const [mine, theirs]: number[][] = [[], []];
  let taken = new Uint8Array(64);
  let nextSameHead = new Int32Array(64);
  // By stem number: the first of self's phrases that starts with the stem, valid when stamped with the link.
  let headStamp = new Int32Array(0);
  let firstWithHead = new Int32Array(0);
  const isShared = (word: number) => {
    const term = words.termOf[word]!;
    return term >= 0 && stampOf[term] === stamp;
  };
  return (self: number, other: number, shared: ReadonlyArray<readonly [id: number, part: number]>): string[] => {
    stamp++;
    for (const [id, part] of shared) {
      stampOf[id] = stamp;
      partOf[id] = part;
    }
    // A phrase without a shared word weighs nothing, and every use of a phrase has the same words: only phrases
    // with a shared word are looked for, by place, and compared by their words' stems, with no key built.
    const selfWords = wordsOf(self);
    const otherWords = wordsOf(other);
    mine.length = 0;
    theirs.length = 0;
    forEachLinkPhrase(selfWords, isShared, isCommon, mine);
    forEachLinkPhrase(otherWords, isShared, isCommon, theirs);
    if (taken.length < mine.length) {
      taken = new Uint8Array(mine.length * 2);
      nextSameHead = new Int32Array(mine.length * 2);
    }
    taken.fill(0, 0, mine.length);
    const { stemOf } = words;
    if (headStamp.length < words.stemCount) {
      [headStamp, firstWithHead] = [new Int32Array(words.stemCount * 2), new Int32Array(words.stemCount * 2)];
    }
    // Self's phrases chained by their first stem, in reading order, so that finding one is a short walk.
    for (let i = mine.length - 2; i >= 0; i -= 2) {
      const head = stemOf[selfWords[mine[i]!]!]!;
      nextSameHead[i] = headStamp[head] === stamp ? firstWithHead[head]! : -1;
      headStamp[head] = stamp;
      firstWithHead[head] = i;
    }
    const candidates: Array<{ phrase: Phrase; weight: number }> = [];
    for (let j = 0; j < theirs.length; j += 2) {
      // The first place self writes the phrase gives its form; a phrase is a candidate once.
      const [start, end] = [theirs[j]!, theirs[j + 1]!];
      const head = stemOf[otherWords[start]!]!;
      let i = headStamp[head] === stamp ? firstWithHead[head]! : -1;
      while (i !== -1 && !sameStems(selfWords, mine[i]!, mine[i + 1]!, otherWords, start, end, stemOf)) {
        i = nextSameHead[i]!;
      }
      if (i === -1 || taken[i] === 1) continue;
      taken[i] = 1;
      let weight = 0;
      for (let at = mine[i]!; at < mine[i + 1]!; at++) {
        const term = words.termOf[selfWords[at]!]!;
        weight += term >= 0 && stampOf[term] === stamp ? partOf[term]! : 0;
      }
      if (weight > 0) candidates.push({ phrase: toPhrase(selfWords, mine[i]!, mine[i + 1]!), weight });
    }
    // A longer phrase weighs at least what its parts weigh: on a tie it goes first, and its parts are skipped.
    candidates.sort(
      (a, b) =>
        b.weight - a.weight || b.phrase.stems.length - a.phrase.stems.length || (a.phrase.key < b.phrase.key ? -1 : 1),
    );
    const chosen = withoutOverlaps(
      candidates.map(({ phrase }) => phrase),
      count,
      (phrase) => phrase.surface,
    );
    const reasons = chosen.map((phrase) => phrase.surface);
    // Room left: the strongest shared words that can stand alone ("radiology"), never filler, none already in a phrase.
    if (reasons.length >= count) return reasons;
    const used = new Set(chosen.flatMap((phrase) => phrase.stems));
    for (const [id] of [...shared].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      if (reasons.length >= count) break;
      const word = corpus.surfaces[id]!;
      if (!used.has(corpus.stems[id]!) && isReasonWord(word) && !reasons.some((reason) => abbreviates(word, reason)))
        reasons.push(word);
    }
    return reasons;
  };
}

/**
 * Adds to `places` (as start, end) each phrase of a paper that a link can show: the phrases
 * ({@link forEachRunPhrase}) of the pieces of its runs made only of kept words (the link's shared terms and the
 * common words) that hold a shared term, and only those phrases that hold one. A single word that is neither
 * a name nor capitalised makes no phrase, so such a piece is passed over without copying it.
 */
function forEachLinkPhrase(
  paper: Int32Array,
  isShared: (word: number) => boolean,
  isCommon: (word: number) => boolean,
  places: number[],
): void {
  let from = 0;
  let needed = false;
  for (let at = 0; at <= paper.length; at++) {
    // A run's end (-1), the paper's end and a word the link does not keep all end a piece.
    const word = at < paper.length ? paper[at]! : -1;
    if (word !== -1) {
      const shared = isShared(word);
      if (shared || isCommon(word)) {
        needed ||= shared;
        continue;
      }
    }
    if (at > from && needed && (at - from > 1 || wordById(paper[from]!).name || wordById(paper[from]!).capitalised)) {
      const piece: Word[] = [];
      for (let i = from; i < at; i++) piece.push(wordById(paper[i]!));
      const base = from;
      forEachRunPhrase(piece, (start, end) => {
        for (let i = base + start; i < base + end; i++) {
          if (isShared(paper[i]!)) {
            places.push(base + start, base + end);
            return;
          }
        }
      });
    }
    from = at + 1;
    needed = false;
  }
}

/** Whether `paper[start…end]` and `other[otherStart…otherEnd]` have the same stems. */
function sameStems(
  paper: Int32Array,
  start: number,
  end: number,
  other: Int32Array,
  otherStart: number,
  otherEnd: number,
  stemOf: Int32Array,
): boolean {
  if (end - start !== otherEnd - otherStart) return false;
  for (let k = 0; k < end - start; k++) if (stemOf[paper[start + k]!] !== stemOf[other[otherStart + k]!]) return false;
  return true;
}

/** The phrase written at `paper[start…end]`: its key (stems), its form and its stems. */
function toPhrase(paper: Int32Array, start: number, end: number): Phrase {
  const written = Array.from(paper.subarray(start, end), (word) => wordById(word));
  const stems = written.map((word) => word.stem);
  return { key: stems.join(' '), surface: written.map((word) => word.surface).join(' '), stems };
}
