import { describe, expect, test } from 'vitest';
import { didYouMean } from '../../src/lib/suggest.ts';

describe('didYouMean', () => {
  test.each([
    ['imagng', 'imaging'],
    ['Imaging', 'imaging'],
    ['imaging', undefined],
    ['clinical_nlp', 'clinical-nlp'],
    ['benchmark', 'benchmarks'],
    ['zzz', undefined],
    ['', undefined],
  ])('%s → %s', (word, expected) => {
    expect(didYouMean(word, ['clinical-nlp', 'imaging', 'benchmarks', 'alignment'])).toBe(expected);
  });
});
