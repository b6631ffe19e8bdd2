import { expect, test } from 'vitest';
import { countLabel, plural } from '../../src/lib/text/plural.ts';

test.each([
  [0, '0 papers', 'are'],
  [1, '1 paper', 'is'],
  [2, '2 papers', 'are'],
])('a count of %i reads "%s" and takes "%s"', (count, label, verb) => {
  expect(countLabel(count, 'paper', 'papers')).toBe(label);
  expect(plural(count, 'is', 'are')).toBe(verb);
});
