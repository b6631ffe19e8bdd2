import { describe, expect, test } from 'vitest';
import { classifyPaper } from '../../src/lib/classify.ts';
import { entryFromPaper } from '../../src/lib/entry-from-paper.ts';
import type { NewPaper } from '../../src/lib/paper.ts';
import { EntrySchema } from '../../src/lib/schema.ts';

const paper: NewPaper = {
  title: 'Segmenting tumours in CT scans',
  abstract: 'We propose a segmentation model for CT images. Code: https://github.com/example/seg',
  date: { precision: 'day', value: '2025-05-02' },
  arxiv: '2505.00001',
};

describe('entryFromPaper', () => {
  test('a listing paper records the digest as the source of its values, and its provenance', () => {
    const entry = entryFromPaper(paper, 'seg', '2026-11-25', { digest: 'content/digests/a.txt', line: 7 });
    expect(entry.sources).toEqual({
      title: 'digest',
      abstract: 'digest',
      date: 'digest',
      arxiv: 'digest',
      links: 'digest',
    });
    expect(entry.provenance).toEqual({ digest: 'content/digests/a.txt', line: 7, title: paper.title });
    expect(entry.links).toEqual([{ kind: 'code', url: 'https://github.com/example/seg' }]);
    expect(entry.themeReason).toEqual({ source: 'importer' });
    expect(EntrySchema.safeParse(entry).success).toBe(true);
  });

  test("a contributor's paper has neither sources nor provenance, and its authors, DOI and venue come last", () => {
    const entry = entryFromPaper(
      {
        ...paper,
        doi: '10.1/x',
        venue: { name: 'A Journal', kind: 'journal' },
        authors: [{ family: 'Yang', given: 'Xi' }],
      },
      'seg',
      '2026-11-25',
    );
    expect(entry.sources).toBeUndefined();
    expect(entry.provenance).toBeUndefined();
    expect(Object.keys(entry).slice(-4)).toEqual(['added', 'authors', 'doi', 'venue']);
  });

  test("the contributor's theme wins, is recorded as a curator's, and is not also a secondary theme", () => {
    const verdict = classifyPaper(paper);
    const theme = verdict.secondaryThemes[0] ?? 'clinical-nlp';
    const entry = entryFromPaper({ ...paper, theme }, 'seg', '2026-11-25', undefined, verdict);
    expect(entry.theme).toBe(theme);
    expect(entry.themeReason).toEqual({ source: 'curator' });
    expect(entry.secondaryThemes).not.toContain(theme);
  });

  test("without a theme of the contributor's, the given verdict decides (the paper is not classified again)", () => {
    const verdict = { ...classifyPaper(paper), theme: 'clinical-nlp', secondaryThemes: [] };
    expect(entryFromPaper(paper, 'seg', '2026-11-25', undefined, verdict)).toMatchObject({
      theme: 'clinical-nlp',
      secondaryThemes: [],
    });
  });
});
