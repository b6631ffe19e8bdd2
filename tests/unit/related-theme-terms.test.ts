import { describe, expect, test } from 'vitest';
import { characteristicTerms, risingTerms } from '../../src/lib/related/index.ts';
import { relatedPaper as paper } from '../helpers/related-paper.ts';

describe('characteristicTerms', () => {
  const papers = [
    paper('i1', 'imaging', 'Tumour segmentation in brain MRI with shared evaluation'),
    paper('i2', 'imaging', 'Brain MRI segmentation of lesions'),
    paper('i3', 'imaging', 'Retinal images and tumour grading'),
    paper('n1', 'nlp', 'Summaries of discharge notes with shared evaluation'),
    paper('n2', 'nlp', 'Discharge notes and entity linking'),
    paper('n3', 'nlp', 'Entity linking for Spanish notes'),
  ];

  test('ranks the phrases, names and domain words each theme uses and the others do not, in readable form', () => {
    const terms = characteristicTerms(papers, { count: 4 });
    expect([...terms.keys()]).toEqual(['imaging', 'nlp']);
    // "brain MRI" holds "MRI", "discharge notes" holds "notes"; "brain" alone is everyday English.
    expect(terms.get('imaging')!.map((term) => term.term)).toEqual(['brain MRI', 'segmentation', 'tumour']);
    expect(terms.get('nlp')!.map((term) => term.term)).toEqual(['discharge notes', 'entity linking']);
  });

  test('never offers a filler word, an adverb or an everyday word as a term', () => {
    const filler = [
      paper('a1', 'a', 'Importantly, from this perspective we concentrate on paired impact of retinal grading'),
      paper('a2', 'a', 'Importantly, from this perspective we concentrate on paired impact of retinal grading'),
      paper('b1', 'b', 'Discharge notes'),
    ];
    expect(
      characteristicTerms(filler)
        .get('a')!
        .map((term) => term.term),
    ).toEqual(['retinal grading']);
  });

  test('leaves out terms both themes use and terms of a single paper', () => {
    const all = [...characteristicTerms(papers, { count: 100 }).values()].flat();
    expect(all.filter((term) => ['shared', 'evaluation', 'retinal', 'Spanish'].includes(term.term))).toEqual([]);
    expect(all.every((term) => term.papers >= 2 && term.score > 0)).toBe(true);
  });

  test('does not depend on input order', () => {
    expect(characteristicTerms([...papers].reverse())).toEqual(characteristicTerms(papers));
  });
});

describe('risingTerms', () => {
  const papers = [
    paper('old-1', 'x', 'Ontology mapping of codes', '2019-05-01'),
    paper('old-2', 'x', 'Ontology alignment of codes', '2020-02-01'),
    paper('old-3', 'x', 'Rule-based extraction of codes', '2021-03-01'),
    paper('old-4', 'x', 'Tokeniser planning for codes', '2022-06-01'),
    paper('new-1', 'x', 'Tokeniser tools for codes', '2024-01-15'),
    paper('new-2', 'x', 'Tokeniser memory and retrieval', '2024-09-01'),
    paper('new-3', 'x', 'Tokeniser, retrieval of codes', '2025-03-01'),
    paper('new-4', 'x', 'Retrieval for ontology questions', '2025-06-01'),
    paper('undated', 'x', 'Tokeniser tokeniser tokeniser', '--06-01', 'month-day'),
  ];

  test('ranks terms by how much their share of papers grew in the last two years', () => {
    expect(risingTerms(papers, '2025-12-01', { minPapers: 2 })).toEqual([
      { term: 'retrieval', recentShare: 0.75, earlierShare: 0, recentPapers: 3 },
      { term: 'tokeniser', recentShare: 0.75, earlierShare: 0.25, recentPapers: 3 },
    ]);
  });

  test('needs minPapers recent papers and leaves out papers without a year', () => {
    expect(risingTerms(papers, '2025-12-01', { minPapers: 4 })).toEqual([]);
    expect(risingTerms(papers, '2025-12-01', { minPapers: 3 }).map((term) => term.term)).toEqual([
      'retrieval',
      'tokeniser',
    ]);
  });

  test('moves the window with today', () => {
    // From 2026-06-01, new-1 (January 2024) is no longer recent: "tokeniser" has two recent papers, not three.
    expect(risingTerms(papers, '2026-06-01', { minPapers: 3 })).toEqual([
      { term: 'retrieval', recentShare: 1, earlierShare: 0, recentPapers: 3 },
    ]);
  });

  test('returns nothing when one period is empty', () => {
    expect(risingTerms(papers.slice(0, 4), '2025-12-01', { minPapers: 1 })).toEqual([]);
  });
});
