import { describe, expect, test } from 'vitest';
import { decisionFromFlags } from '../../src/lib/review/decision-from-flags.ts';
import { makeEntry } from '../helpers/cite-seed.ts';

const entry = makeEntry({ theme: 'clinical-nlp', secondaryThemes: ['benchmarks'] });

describe('decisionFromFlags', () => {
  test('--accept keeps the themes; --theme drops the new primary from the secondary themes', () => {
    expect(decisionFromFlags({ accept: true, note: 'A note.' }, entry)).toEqual({
      decision: { theme: 'clinical-nlp', secondaryThemes: ['benchmarks'], note: 'A note.' },
    });
    expect(decisionFromFlags({ theme: 'benchmarks' }, entry)).toEqual({
      decision: { theme: 'benchmarks', secondaryThemes: [] },
    });
    expect(decisionFromFlags({ theme: 'imaging', secondary: 'alignment, benchmarks' }, entry)).toEqual({
      decision: { theme: 'imaging', secondaryThemes: ['alignment', 'benchmarks'] },
    });
  });

  test.each([
    [{}, 'give either --accept (keep the themes) or --theme <id> (change them)'],
    [{ theme: 'imagng' }, 'no theme "imagng"; did you mean "imaging"?'],
    [
      { theme: 'imaging', secondary: 'imaging' },
      '"imaging" is the primary theme; list only other themes in --secondary',
    ],
    [{ accept: true, note: ' ' }, '--note takes one line of at most 280 characters'],
  ])('refuses %j', (flags, problem) => {
    expect(decisionFromFlags(flags, entry)).toMatchObject({ problem: expect.stringContaining(problem) });
  });
});
