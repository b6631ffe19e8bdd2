import { stemmer } from 'stemmer';
import { ENGLISH_STOP_WORDS, FILLER_STEMS, SUBJECT_STEMS, SURVEY_STOP_STEMS } from './stop-words.ts';
import { isEverydayWord } from './everyday-words.ts';
import { scanWords, surfaceForm, type TextKind } from './tokenize.ts';

/** A phrase a reader can trust as a reason: its stems (the key) and how it is written. */
export interface Phrase {
  /** Stems joined by spaces: "brain tumor segment". */
  key: string;
  /** The readable form, as first written in the paper: "brain tumor segmentation". */
  surface: string;
  /** Its stems, for weighing it by the words it is made of. */
  stems: readonly string[];
}

/** A content word as phrases read it; one shared object per word form. */
export interface Word {
  stem: string;
  surface: string;
  /** An acronym or a mixed-case or numbered name as written: "MRI", "GatorTron", "GPT-4". */
  name: boolean;
  /** Capitalised mid-sentence: a proper noun ("Spanish"), or one word of a longer name ("Fusion Network"). */
  capitalised: boolean;
  /** A word that cannot stand in a reason: an adverb, a vague academic word. */
  filler: boolean;
  /** Whether a phrase may end with it (see canEnd). */
  canEnd: boolean;
  /** A word of the survey's subject ("clinical", "language"): a phrase of such words alone says nothing. */
  subject: boolean;
  /** Its number among the word forms this process has read (0, 1, 2…): a caller keeps facts about words in arrays. */
  id: number;
}

const MAX_WORDS = 4;

/**
 * The phrases of a paper's title and abstract that can explain why it relates to another: runs of two to
 * four content words with no stop word or punctuation between them and no filler word in them ("brain
 * tumor segmentation", "electronic health records"), and names on their own ("MIMIC-IV", "GPT-4", "Spanish").
 * A phrase never ends in a past participle ("models trained"). Each key appears once, first form wins.
 * With `keep`, a word whose stem it refuses ends a run: only phrases made of kept words are read.
 */
export function paperPhrases(title: string, abstract: string, keep?: (stem: string) => boolean): Map<string, Phrase> {
  return phrasesOfRuns(paperWordRuns(title, abstract), keep);
}

/** A paper's runs of content words (title, then abstract): read once, then searched for phrases per link. */
export function paperWordRuns(title: string, abstract: string): Word[][] {
  return [...wordRuns(title, 'title'), ...wordRuns(abstract, 'prose')];
}

/**
 * The phrases of word runs. With `keep`, a word whose stem it refuses splits the run, and with `needs`, a
 * piece of a run without a word it accepts is skipped (a link only wants phrases with a weighted word).
 */
export function phrasesOfRuns(
  runs: readonly Word[][],
  keep?: (stem: string) => boolean,
  needs?: (stem: string) => boolean,
): Map<string, Phrase> {
  const phrases = new Map<string, Phrase>();
  for (const run of runs) {
    if (!keep) addRunPhrases(run, phrases);
    else {
      let from = 0;
      let needed = !needs;
      for (let at = 0; at <= run.length; at++) {
        if (at < run.length && keep(run[at]!.stem)) {
          needed ||= needs!(run[at]!.stem);
          continue;
        }
        if (at > from && needed) addRunPhrases(from === 0 && at === run.length ? run : run.slice(from, at), phrases);
        from = at + 1;
        needed = !needs;
      }
    }
  }
  return phrases;
}

/**
 * A phrase of several words. Its surface is joined when first read: a link reads it only for the few phrases
 * it shows, and a joined string is flat, so comparing and keeping it copies nothing.
 */
class RunPhrase implements Phrase {
  readonly stems: readonly string[];
  private joined: string | undefined;

  constructor(
    readonly key: string,
    private readonly words: readonly Word[],
  ) {
    this.stems = words.map((word) => word.stem);
  }

  get surface(): string {
    return (this.joined ??= this.words.map((word) => word.surface).join(' '));
  }
}

/** Adds the phrases of one run (or one piece of a run) of content words; a key already held keeps its form. */
function addRunPhrases(run: readonly Word[], phrases: Map<string, Phrase>): void {
  forEachKeyedPhrase(run, (key, start, end) => {
    if (phrases.has(key)) return;
    const first = run[start]!;
    const single = end === start + 1;
    phrases.set(
      key,
      single ? { key, surface: first.surface, stems: [first.stem] } : new RunPhrase(key, run.slice(start, end)),
    );
  });
}

/**
 * The phrases of a paper as {@link paperPhrases} finds them, as key → readable form only: for a caller that
 * reads every paper's phrases (theme terms), a million phrase objects at 10,000 papers that it never used.
 */
export function paperPhraseForms(title: string, abstract: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const run of paperWordRuns(title, abstract)) {
    forEachKeyedPhrase(run, (key, start, end) => {
      if (forms.has(key)) return;
      // Joined, not grown with +=: a flat string compares with another without copying both first.
      const words: string[] = [];
      for (let at = start; at < end; at++) words.push(run[at]!.surface);
      forms.set(key, words.join(' '));
    });
  }
  return forms;
}

/** {@link forEachRunPhrase} with each phrase's key (its stems joined by spaces). */
function forEachKeyedPhrase(run: readonly Word[], visit: (key: string, start: number, end: number) => void): void {
  // Joined, not grown with +=: every key is hashed, and hashing a grown (rope) string first copies it flat,
  // leaving both in memory for as long as a table holds the key (a million keys at 10,000 papers).
  const stems: string[] = [];
  forEachRunPhrase(run, (start, end) => {
    if (end === start + 1) return visit(run[start]!.stem, start, end);
    stems.length = 0;
    for (let at = start; at < end; at++) stems.push(run[at]!.stem);
    visit(stems.join(' '), start, end);
  });
}

/**
 * Calls `visit` with where each phrase of a run is (`run[start…end]`, `end` excluded), in reading order: by
 * start, a name alone first, then longer phrases; the same phrase may come more than once. The one place that
 * says what a phrase is, for {@link phrasesOfRuns} and for a link's phrases (`shared-phrases.ts`).
 */
export function forEachRunPhrase(run: readonly Word[], visit: (start: number, end: number) => void): void {
  for (let start = 0; start < run.length; start++) {
    const first = run[start]!;
    // A capitalised word alone is a name only when its neighbours are not: "Spanish", not "Fusion" of "Fusion Network".
    const alone = first.capitalised && !run[start - 1]?.capitalised && !run[start + 1]?.capitalised;
    if ((first.name || alone) && !first.filler && first.surface.length >= 3) visit(start, start + 1);
    if (first.filler) continue;
    let onlySubject = first.subject;
    for (let end = start + 1; end < Math.min(run.length, start + MAX_WORDS); end++) {
      const word = run[end]!;
      if (word.filler) break;
      onlySubject &&= word.subject;
      if (onlySubject || !word.canEnd) continue;
      visit(start, end + 1);
    }
  }
}

/** Runs of content words, split at stop words and punctuation. The survey's subject words ("clinical") stay in. */
function wordRuns(text: string, kind: TextKind): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  scanRunWords(text, kind, (word) => {
    if (word !== undefined) run.push(word);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  return runs;
}

/**
 * Calls `visit` with each content word of a paper's title, then of its abstract, and with `undefined` wherever
 * a run ends (at a stop word, at punctuation, at the end of each text; maybe several times in a row). For a
 * caller that keeps the words in its own form rather than as arrays of runs.
 */
export function scanPaperWords(title: string, abstract: string, visit: (word: Word | undefined) => void): void {
  scanRunWords(title, 'title', visit);
  scanRunWords(abstract, 'prose', visit);
}

function scanRunWords(text: string, kind: TextKind, visit: (word: Word | undefined) => void): void {
  scanWords(text, kind, (raw, positional, afterPunctuation) => {
    if (afterPunctuation) visit(undefined);
    visit(toWord(raw, positional));
  });
  visit(undefined);
}

// One cache per kind of capital, so a lookup hashes the word as found, without building a key first.
const wordCaches = { positional: new Map<string, Word | null>(), inSentence: new Map<string, Word | null>() };

function toWord(raw: string, positional: boolean): Word | undefined {
  const cache = positional ? wordCaches.positional : wordCaches.inSentence;
  let word = cache.get(raw);
  if (word === undefined) {
    word = makeWord(raw, positional);
    cache.set(raw, word);
  }
  return word ?? undefined;
}

function makeWord(raw: string, positional: boolean): Word | null {
  const lower = raw.toLowerCase();
  const bare = lower.replace(/[-‐‑]/gu, '');
  if (bare.length < 2 || /^\d+$/.test(bare) || ENGLISH_STOP_WORDS.has(lower)) return null;
  const stem = stemmer(bare);
  if (SURVEY_STOP_STEMS.has(stem) && !SUBJECT_STEMS.has(stem)) return null;
  const surface = raw
    .split(/(?<=[-‐‑])/u)
    .map((part) => surfaceForm(part, part.toLowerCase(), positional))
    .join('');
  const name = /\p{Lu}/u.test(surface.slice(1)) || (/\d/.test(bare) && /[a-z]/.test(bare));
  const capitalised = !name && surface !== surface.toLowerCase();
  const filler = FILLER_STEMS.has(stem) || isAdverb(lower);
  const subject = SUBJECT_STEMS.has(stem);
  const id = wordsById.length;
  const word = { stem, surface, name, capitalised, filler, canEnd: canEnd({ name, surface }), subject, id };
  wordsById.push(word);
  return word;
}

// Every word form read, by its id: the caches above hold them all anyway.
const wordsById: Word[] = [];

/** The word whose {@link Word.id} is `id`. */
export function wordById(id: number): Word {
  return wordsById[id]!;
}

// A phrase ends in a noun or a name: not in a past participle ("models trained") or an adjective ("multimodal large").
const ADJECTIVES = new Set([
  'large',
  'small',
  'deep',
  'open-source',
  'closed-source',
  'pretrained',
  'pre-trained',
  'fine-tuned',
  'unified',
  'synthetic',
  'automatic',
  'biomedical',
  'human',
  'downstream',
  'upstream',
]);
const NOUNS_IN_AL = new Set([
  'retrieval',
  'trial',
  'signal',
  'hospital',
  'journal',
  'interval',
  'animal',
  'portal',
  'material',
  'survival',
  'removal',
  'approval',
  'referral',
  'rehearsal',
  'arrival',
  'proposal',
  'potential',
  'professional',
  'vital',
  'individual',
]);
const NOUNS_IN_IVE = new Set([
  'narrative',
  'objective',
  'alternative',
  'initiative',
  'perspective',
  'directive',
  'representative',
  'derivative',
  'incentive',
]);
function canEnd(word: Pick<Word, 'name' | 'surface'>): boolean {
  if (word.name) return true;
  const lower = word.surface.toLowerCase();
  if ((/(?:ed|able|ible|ous|ful|ive)$/.test(lower) && !NOUNS_IN_IVE.has(lower)) || ADJECTIVES.has(lower)) return false;
  return !(lower.endsWith('al') && !NOUNS_IN_AL.has(lower)) && !/^\d/.test(lower);
}

// "-ly" adverbs ("importantly", "significantly"), but not the nouns and adjectives that end the same way.
const NOT_ADVERBS = new Set([
  'anomaly',
  'family',
  'early',
  'assembly',
  'supply',
  'italy',
  'monopoly',
  'july',
  'homily',
  'rally',
  'ally',
  'belly',
]);
function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !NOT_ADVERBS.has(lower) && !lower.endsWith('-ly');
}

/**
 * True when a single word can stand as a reason on its own: a name ("MRI", "Spanish"), or a domain word that
 * is not filler, not an adjective or verb form, and not everyday English ("segmentation", not "impact").
 */
export function isReasonWord(surface: string): boolean {
  let verdict = reasonWords.get(surface);
  if (verdict === undefined) reasonWords.set(surface, (verdict = judgeReasonWord(surface)));
  return verdict;
}

// Decided once per word form: a corpus repeats a few tens of thousands of forms millions of times.
const reasonWords = new Map<string, boolean>();

function judgeReasonWord(surface: string): boolean {
  if (/\p{Lu}/u.test(surface.slice(1)) || /\d/.test(surface)) return surface.length >= 3;
  if (surface !== surface.toLowerCase()) return false; // capitalised: a word of a longer name, judged there
  const word = toWord(surface, false);
  if (word === undefined || word.filler || surface.length < 4 || !canEnd({ name: false, surface })) return false;
  return !/(?:ing|ize|ise)$/.test(surface) && !isEverydayWord(surface);
}

/** True when `name` abbreviates `phrase` ("NLP", "natural language processing"; "EHRs", "electronic health records"). */
export function abbreviates(name: string, phrase: string): boolean {
  const words = phrase.split(/[\s-]+/);
  if (words.length < 2) return false;
  const initials = words.map((word) => word[0]!.toUpperCase()).join('');
  return name.replace(/s$/, '').toUpperCase() === initials;
}
