import { describe, expect, test } from 'vitest';
import { reviewWarnings } from '../../src/lib/check/review-warnings.ts';
import { entryToMdx, parseEntryFile } from '../../src/lib/entry-file.ts';

const ENTRY = {
  slug: 'segmed',
  title: 'SegMed',
  abstract: 'A diffusion model for MRI lesions.',
  date: { precision: 'day', value: '2025-05-02' },
  arxiv: '2505.01234',
  theme: 'imaging',
  themeReason: { source: 'curator' },
  added: '2026-11-25',
};

/** A checked file as `npm run check` reads it, from frontmatter data. */
function file(data: Record<string, unknown>) {
  const text = entryToMdx(data);
  return {
    file: 'content/papers/imaging/segmed.mdx',
    path: 'papers/imaging/segmed.mdx',
    text,
    data: parseEntryFile(text, 'segmed.mdx').data as Record<string, unknown>,
  };
}

describe('reviewWarnings: published versions found by enrich', () => {
  test('lists a preprint whose venue and DOI enrich found, at the venue line, with how to confirm', () => {
    const queue = reviewWarnings([
      file({
        ...ENTRY,
        doi: '10.1016/j.media.2025.103456',
        venue: { name: 'Medical Image Analysis', year: 2025, kind: 'journal' },
        sources: { doi: 'enrich', venue: 'enrich' },
      }),
    ]);
    expect(queue).toEqual([
      {
        severity: 'warning',
        file: 'content/papers/imaging/segmed.mdx',
        line: 14,
        message:
          'published version found: npm run enrich found that arXiv 2505.01234 was published; confirm it is the same paper',
        found: 'Medical Image Analysis (2025), a journal; DOI 10.1016/j.media.2025.103456',
        fix: "check title and authors at the DOI or venue; if it is the same paper, set sources.venue: curator and sources.doi: curator; if not, write the right venue and doi yourself (a curator's value is never overwritten)",
      },
    ]);
  });

  test.each([
    ['confirmed by a curator', { doi: '10.1016/j.media.2025.103456', sources: { doi: 'curator' } }],
    ['from the reference export', { doi: '10.1016/j.media.2025.103456', sources: { doi: 'export' } }],
    ['a preprint venue', { venue: { name: 'medRxiv', kind: 'preprint' }, sources: { venue: 'enrich' } }],
    ['nothing found', {}],
  ])('leaves out a venue or DOI %s', (_case, fields) => {
    expect(reviewWarnings([file({ ...ENTRY, ...fields })])).toEqual([]);
  });
});
