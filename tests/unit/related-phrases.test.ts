import { describe, expect, test } from 'vitest';
import { paperPhraseForms, paperPhrases } from '../../src/lib/related/phrases.ts';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';

const TEXTS: Array<[title: string, abstract: string]> = [
  [
    'Brain Tumor Segmentation With GPT-4 and MIMIC-IV',
    'We fine-tune GatorTron on electronic health records (EHRs) from Spanish hospitals. Brain tumor segmentation ' +
      'of MRI scans improves; the Fusion Network, trained on X-ray data, helps natural language processing (NLP).',
  ],
  [
    'Clinical Language Models',
    'Clinical language models and large language models answer clinical questions in clinical notes.',
  ],
];

describe('paperPhraseForms', () => {
  // Theme terms read every paper through it: it must find exactly paperPhrases' phrases, in the same order.
  test('gives the keys and forms of paperPhrases, in its order', () => {
    const papers = [...TEXTS, ...syntheticCorpus(40).map((paper) => [paper.title, paper.abstract] as [string, string])];
    for (const [title, abstract] of papers) {
      const expected = [...paperPhrases(title, abstract)].map(([key, phrase]) => [key, phrase.surface]);
      expect([...paperPhraseForms(title, abstract)]).toEqual(expected);
    }
  });

  test('reads names, hyphenated words and phrases', () => {
    const forms = paperPhraseForms(...TEXTS[0]!);
    expect(forms.get('gpt4')).toBe('GPT-4');
    expect(forms.get('brain tumor segment')).toBe('brain tumor segmentation');
    expect(forms.has('spanish')).toBe(true);
  });
});
