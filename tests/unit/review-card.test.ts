import { describe, expect, test } from 'vitest';
import { classifyPaper } from '../../src/lib/classify.ts';
import { reviewCard, wrap } from '../../src/lib/review/review-card.ts';
import { reviewQueueOf } from '../../src/lib/review/review-queue.ts';
import { EntrySchema, type Entry } from '../../src/lib/schema.ts';

const entry = (overrides: Partial<Entry> = {}): Entry =>
  EntrySchema.parse({
    slug: 'ct-foundation',
    title: 'A Foundation Model for CT Segmentation',
    abstract: 'We propose a foundation model for CT segmentation. It is evaluated on five benchmarks.',
    authorsCount: 4,
    date: { precision: 'day', value: '2025-03-28' },
    theme: 'imaging',
    themeReason: { source: 'importer' },
    added: '2026-11-25',
    ...overrides,
  });

describe('reviewQueueOf', () => {
  test('holds unconfirmed published entries only, the least certain first', () => {
    const sure = entry();
    const unsure = entry({ slug: 'unsure', title: 'A study', abstract: 'Results.' });
    const queue = reviewQueueOf([
      { file: 'a.mdx', entry: sure },
      { file: 'b.mdx', entry: unsure },
      { file: 'c.mdx', entry: entry({ slug: 'done', confirmed: '2026-12-01' }) },
      { file: 'd.mdx', entry: entry({ slug: 'gone', status: 'withdrawn', withdrawnReason: 'retracted' }) },
    ]);
    expect(queue.map((item) => [item.entry.slug, item.why])).toEqual([
      ['unsure', 'uncertain'],
      ['ct-foundation', 'unconfirmed'],
    ]);
  });
});

describe('reviewCard', () => {
  test('shows the paper, the verdict with its terms, related papers and links, as plain text', () => {
    const paper = entry({
      arxiv: '2503.00001',
      links: [{ kind: 'code', url: 'https://github.com/x/y' }],
      note: 'Short.',
    });
    const card = reviewCard(
      {
        file: 'content/papers/imaging/ct-foundation.mdx',
        entry: paper,
        verdict: classifyPaper(paper),
        why: 'unconfirmed',
      },
      [
        {
          slug: 'other',
          title: 'Another <b>CT</b> paper',
          score: 0.4,
          sharedTerms: ['CT', 'segmentation'],
          pinned: false,
        },
      ],
      80,
    );
    expect(card).toContain(
      'A Foundation Model for CT Segmentation\nMar 28, 2025 · 4 authors · content/papers/imaging/ct-foundation.mdx',
    );
    expect(card).toMatch(/Classifier: Imaging & signals by a margin of \d+/);
    expect(card).toMatch(/ {2}Imaging & signals +\d+ {2}.*segment/);
    expect(card).toContain('  Another <b>CT</b> paper (CT, segmentation)');
    expect(card).toContain('arXiv    https://arxiv.org/abs/2503.00001');
    expect(card).toContain('code     https://github.com/x/y');
    expect(card).toContain('Note: Short.');
  });
});

describe('wrap', () => {
  test('breaks at word boundaries and never splits a long word', () => {
    expect(wrap('aa bb cc https://example.org/a/very/long/url dd', 10)).toEqual([
      'aa bb cc',
      'https://example.org/a/very/long/url',
      'dd',
    ]);
  });
});
