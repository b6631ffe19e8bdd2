import { closest, distance } from 'fastest-levenshtein';

/**
 * The known word a misspelling most likely meant, for "did you mean …?": the closest by edit distance,
 * when it is close enough (at most a third of its length, and at most 3 edits) to be a typo.
 *
 * @example
 * didYouMean('imagng', ['clinical-nlp', 'imaging']) // 'imaging'
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || word === '') return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, [...known]);
  const edits = distance(lower, best.toLowerCase());
  return best !== word && edits <= Math.min(3, Math.ceil(best.length / 3)) ? best : undefined;
}
