import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allowedDistance, closestTerms, editDistance, parseTermList } from '../../src/scripts/search-spelling.ts';

/** The textbook dynamic programme (optimal string alignment), with no cut-off: the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  test.each([
    ['segmentaton', 'segmentation', 1],
    ['radiolgy', 'radiology', 1],
    ['zebrafsh', 'zebrafish', 1],
    ['benhcmark', 'benchmark', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i (or max + 1 beyond max 2)', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(distance, 3));
  });

  test('agrees with the full dynamic programme up to the cut-off', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(reference(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('closestTerms', () => {
  const terms = ['clinical', 'radiology', 'segmentation', 'radiologic', 'zebrafish', 'mri'];

  test('nearest first, then the most widespread (earlier in the list)', () => {
    expect(closestTerms('radiologi', terms)).toEqual(['radiology', 'radiologic']);
    expect(closestTerms('abcdefgx', ['abcdefxy', 'abcdefgh'])).toEqual(['abcdefgh', 'abcdefxy']);
    expect(closestTerms('Zebrafsh', terms)).toEqual(['zebrafish']);
  });

  test('gives nothing for a known word, or for a short word where anything would be close', () => {
    expect(closestTerms('clinical', terms)).toEqual([]);
    expect(closestTerms('mrj', terms)).toEqual([]);
    expect(allowedDistance('mrj')).toBe(0);
  });

  test('stops at the limit', () => {
    expect(closestTerms('aaaa', ['aaab', 'aaac', 'aaad', 'aaae'], 2)).toEqual(['aaab', 'aaac']);
  });
});

describe('parseTermList', () => {
  test('reads one word a line, ignoring the final newline', () => {
    expect(parseTermList('clinical\nmodels\n')).toEqual(['clinical', 'models']);
    expect(parseTermList('')).toEqual([]);
  });
});
