import { describe, expect, test } from 'vitest';
import { searchFacetValues } from '../../src/lib/search/facet-values.ts';

describe('searchFacetValues', () => {
  test('a paper with a venue and a code link gets both filters and its authors', () => {
    expect(
      searchFacetValues({
        venue: { name: 'Proceedings of ACL (Volume 1: Long Papers)', kind: 'conference' },
        links: [
          { kind: 'project', url: 'https://example.org/p' },
          { kind: 'code', url: 'https://example.org/c' },
        ],
        authors: [{ family: 'Yang', given: 'Xi' }, { family: 'Chen' }, { literal: 'The MIMIC Consortium' }],
      }),
    ).toEqual({ venue: 'Proceedings of ACL (Volume 1: Long Papers)', code: 'yes', authors: 'Yang et al.' });
  });

  test('a paper without a venue or a code link gets neither filter', () => {
    expect(searchFacetValues({ links: [{ kind: 'data', url: 'https://example.org/d' }], authorsCount: 4 })).toEqual({
      venue: undefined,
      code: undefined,
      authors: '4 authors',
    });
  });
});
