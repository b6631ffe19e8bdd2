import { describe, expect, test } from 'vitest';
import { authorsFromInput } from '../../src/lib/contributor-input/author-input.ts';

describe('authorsFromInput', () => {
  test.each([
    [
      'Yang, Xi; Aokun Chen',
      [
        { family: 'Yang', given: 'Xi' },
        { family: 'Chen', given: 'Aokun' },
      ],
    ],
    ['{The MIMIC Consortium}', [{ literal: 'The MIMIC Consortium' }]],
    [
      'Ludwig van Beethoven; Strötgen, Jannik',
      [
        { family: 'van Beethoven', given: 'Ludwig' },
        { family: 'Strötgen', given: 'Jannik' },
      ],
    ],
    ['Plato', [{ family: 'Plato' }]],
    [' ; ', []],
  ])('%s', (text, expected) => {
    expect(authorsFromInput(text)).toEqual(expected);
  });
});
