import { expect, test } from 'vitest';
import { chooseEntries } from '../../src/lib/enrich/choose-entries.ts';

const all = [
  { file: 'content/papers/a/one.mdx', data: { slug: 'one' } },
  { file: 'content/papers/a/two.mdx', data: { slug: 'two', status: 'withdrawn' } },
];

test('chooseEntries takes every entry not withdrawn, or those named by slug or path, and lists unknown names', () => {
  expect(chooseEntries(all, []).chosen.map((entry) => entry.data.slug)).toEqual(['one']);
  expect(chooseEntries(all, ['two', 'content/papers/a/one.mdx', 'three'])).toEqual({ chosen: all, unknown: ['three'] });
});
