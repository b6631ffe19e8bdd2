import { describe, expect, test } from 'vitest';
import * as related from '../../src/lib/related/index.ts';
import { computeRelated, findOverrideProblems, tokenize, type RelatedInput } from '../../src/lib/related/index.ts';

describe('src/lib/related', () => {
  test('exposes its public API', () => {
    expect(Object.keys(related).sort()).toEqual([
      'RELATED_DEFAULTS',
      'TERM_VECTOR_DEFAULTS',
      'buildTermVectors',
      'characteristicTerms',
      'computeRelated',
      'findOverrideProblems',
      'risingTerms',
      'tokenize',
    ]);
  });
});

describe('tokenize', () => {
  test('stems content words and keeps acronyms as written', () => {
    expect(tokenize('Brain MRI models segment tumours.')).toEqual([
      { stem: 'brain', surface: 'brain' },
      { stem: 'mri', surface: 'MRI' },
      { stem: 'segment', surface: 'segment' },
      { stem: 'tumour', surface: 'tumours' },
    ]);
  });

  test.each([
    [
      'keeps compounds with a bound prefix or a short part',
      'We fine-tune pre-trained GPT-4o on X-ray and MIMIC-IV notes',
      'prose',
      ['fine-tune', 'pre-trained', 'GPT-4o', 'X-ray', 'MIMIC-IV', 'notes'],
    ],
    [
      'splits other hyphenated words and drops survey stop words',
      'Clinical-Longformer for state-of-the-art domain models',
      'prose',
      ['Longformer'],
    ],
    [
      'lowercases Title Case in titles only',
      'Spanish Brain Tumor Segmentation',
      'title',
      ['spanish', 'brain', 'tumor', 'segmentation'],
    ],
    [
      'keeps a proper noun mid-sentence and lowercases a sentence start',
      'Texts improve. Results in Spanish; Spanish texts',
      'prose',
      ['texts', 'improve', 'Spanish', 'Spanish', 'texts'],
    ],
    [
      'drops links, numbers, single letters and apostrophe endings',
      "Code at https://github.com/x/y. Parkinson's gait in 2024 (n = 3)",
      'prose',
      ['code', 'parkinson', 'gait'],
    ],
  ] as const)('%s', (_, text, kind, surfaces) => {
    expect(tokenize(text, kind).map((token) => token.surface)).toEqual(surfaces);
  });
});

// Three small topics and a loner; titles carry the topic words, abstracts add noise.
const corpus: RelatedInput[] = [
  {
    slug: 'mri-a',
    title: 'Brain tumour segmentation in MRI',
    abstract: 'Segmentation of brain tumours in MRI scans with a frequency module.',
  },
  {
    slug: 'mri-b',
    title: 'Anomaly localisation in brain MRI',
    abstract: 'A benchmark of brain MRI anomalies, scored by localisation and segmentation.',
  },
  {
    slug: 'mri-c',
    title: 'Brain MRI segmentation under scanner shift',
    abstract: 'Scanner shift hurts tumour segmentation; we adapt to new scanners.',
  },
  {
    slug: 'notes-a',
    title: 'Summarising discharge notes',
    abstract: 'Discharge notes are summarised by a language model, judged by physicians.',
  },
  {
    slug: 'notes-b',
    title: 'Discharge summaries from clinical notes',
    abstract: 'Notes from intensive care become discharge summaries.',
  },
  {
    slug: 'notes-c',
    title: 'Physicians judge summaries of notes',
    abstract: 'Physicians prefer machine summaries of notes for brevity.',
  },
  {
    slug: 'gait-a',
    title: 'Gait generation for Parkinson disease',
    abstract: 'Synthetic gait sequences help severity estimation in Parkinson disease.',
  },
  {
    slug: 'gait-b',
    title: 'Parkinson gait severity from video',
    abstract: 'Video of gait predicts severity of Parkinson disease.',
  },
  {
    slug: 'loner',
    title: 'Federated learning of billing codes',
    abstract: 'Hospitals train billing coders without sharing records.',
  },
];
const slugsOf = (links: Array<{ slug: string }> | undefined) => links?.map((link) => link.slug);

describe('computeRelated', () => {
  test('ranks papers of the same topic first and says which phrases and names they share', () => {
    const result = computeRelated(corpus, { k: 3 });
    expect(result.get('mri-a')).toEqual([
      { slug: 'mri-c', score: expect.any(Number), sharedTerms: ['tumour segmentation', 'MRI'], pinned: false },
      // "brain" alone is everyday English, so it does not stand as a reason; "segmentation" does.
      { slug: 'mri-b', score: expect.any(Number), sharedTerms: ['MRI', 'segmentation'], pinned: false },
    ]);
    expect(slugsOf(result.get('notes-b'))).toEqual(['notes-a', 'notes-c']);
    expect(slugsOf(result.get('gait-a'))).toEqual(['gait-b']);
    expect(result.get('loner')).toEqual([]);
  });

  test('never lists a paper with itself and orders links by score', () => {
    for (const [slug, links] of computeRelated(corpus)) {
      expect(slugsOf(links), slug).not.toContain(slug);
      const scores = links.map((link) => link.score);
      expect(scores, slug).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  test('gives the same result whatever the input order', () => {
    const reversed = [...corpus].reverse();
    const rotated = [...corpus.slice(4), ...corpus.slice(0, 4)];
    expect(computeRelated(reversed)).toEqual(computeRelated(corpus));
    expect(computeRelated(rotated)).toEqual(computeRelated(corpus));
  });

  test('breaks ties by slug', () => {
    const twins = ['twin-c', 'twin-b', 'twin-a'].map((slug) => ({
      slug,
      title: 'Ontology alignment',
      abstract: 'Ontology alignment.',
    }));
    const other = { slug: 'other', title: 'Gait video', abstract: 'Gait video.' };
    expect(slugsOf(computeRelated([...twins, other]).get('twin-c'))).toEqual(['twin-a', 'twin-b']);
  });

  test('puts pins first in the curator order, marks them, and counts them towards k', () => {
    const pinned = corpus.map((paper) =>
      paper.slug === 'mri-a' ? { ...paper, related: { pin: ['loner', 'gait-b'] } } : paper,
    );
    const links = computeRelated(pinned, { k: 3 }).get('mri-a')!;
    expect(links.map(({ slug, pinned: isPinned }) => [slug, isPinned])).toEqual([
      ['loner', true],
      ['gait-b', true],
      ['mri-c', false],
    ]);
    expect(links[0]).toEqual({ slug: 'loner', score: 0, sharedTerms: [], pinned: true });
  });

  test('never shows an excluded paper, even when pinned, and ignores unknown slugs and itself', () => {
    const curated = corpus.map((paper) =>
      paper.slug === 'mri-a'
        ? { ...paper, related: { pin: ['mri-b', 'no-such-paper', 'mri-a', 'gait-a'], exclude: ['mri-c', 'gait-a'] } }
        : paper,
    );
    expect(slugsOf(computeRelated(curated, { k: 3 }).get('mri-a'))).toEqual(['mri-b']);
  });

  test('keeps every pin when there are more pins than k', () => {
    const curated = corpus.map((paper) =>
      paper.slug === 'loner' ? { ...paper, related: { pin: ['gait-a', 'gait-b', 'mri-a'] } } : paper,
    );
    expect(slugsOf(computeRelated(curated, { k: 2 }).get('loner'))).toEqual(['gait-a', 'gait-b', 'mri-a']);
  });

  test('searches again without pruning when the pruned search finds fewer than k', () => {
    // One query term per paper finds one neighbour at most here; the full search finds the rest.
    const result = computeRelated(corpus, { k: 2, maxQueryTerms: 1, candidatePool: 1 });
    expect(slugsOf(result.get('mri-a'))).toEqual(slugsOf(computeRelated(corpus, { k: 2 }).get('mri-a')));
  });

  test('returns an empty map for an empty corpus', () => {
    expect(computeRelated([])).toEqual(new Map());
  });

  test('rejects two papers with one slug, naming it', () => {
    expect(() => computeRelated([corpus[0], { ...corpus[1], slug: 'mri-a' }])).toThrow(
      'the slug "mri-a" is used by two papers',
    );
  });
});

describe('findOverrideProblems', () => {
  test('reports pins and excludes that name no paper or the paper itself', () => {
    const papers = [
      { slug: 'a', related: { pin: ['b', 'gone'], exclude: ['a'] } },
      { slug: 'b', related: { pin: [], exclude: ['a'] } },
      { slug: 'c' },
    ];
    expect(findOverrideProblems(papers)).toEqual([
      { slug: 'a', field: 'related.pin', target: 'gone', reason: 'unknown slug' },
      { slug: 'a', field: 'related.exclude', target: 'a', reason: 'the paper itself' },
    ]);
  });
});
