import { describe, expect, test } from 'vitest';
import { addTextTerms, termList } from '../../src/lib/search/term-list.ts';

const textTerms = (text: string) => addTextTerms(text, new Set());

describe('addTextTerms', () => {
  test('lowercase words of 3 to 30 letters or digits, split at hyphens and punctuation, no bare numbers', () => {
    expect([...textTerms('Brain-MRI of 2024: U-Net’s GPT4 results, 10% better.')]).toEqual([
      'brain',
      'mri',
      'net',
      'gpt4',
      'results',
      'better',
    ]);
  });

  test('keeps letters outside ASCII', () => {
    expect([...textTerms('Évaluation à Zürich')]).toEqual(['évaluation', 'zürich']);
  });
});

describe('termList', () => {
  test('orders by how many papers use a word, ties alphabetically, one a line', () => {
    expect(
      termList([
        ['Brain MRI', 'MRI of the brain.'],
        ['Knee MRI', 'Knee scans.'],
      ]),
    ).toBe('mri\nbrain\nknee\nscans\nthe\n');
  });

  test('keeps at most `max` words, the most widespread', () => {
    expect(termList([['alpha beta'], ['beta gamma'], ['beta gamma delta']], 2)).toBe('beta\ngamma\n');
  });

  test('an empty survey has an empty list', () => {
    expect(termList([])).toBe('');
  });
});
