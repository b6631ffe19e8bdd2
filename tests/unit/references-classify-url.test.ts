import { describe, expect, test } from 'vitest';
import { classifyUrl, linksFromText } from '../../src/lib/references/classify-url.ts';

describe('classifyUrl', () => {
  test.each([
    ['https://github.com/uf/gatortron', 'code'],
    ['https://gitlab.com/group/project', 'code'],
    ['https://huggingface.co/UFNLP/gatortron-base', 'models'],
    ['https://huggingface.co/datasets/bigbio/mednli', 'data'],
    ['https://huggingface.co/spaces/org/demo', 'demo'],
    ['https://org-demo.hf.space', 'demo'],
    ['https://huggingface.co/BSC-TeMU', 'huggingface'],
    ['https://huggingface.co/papers/2203.03540', 'huggingface'],
    ['https://physionet.org/content/mimiciv/2.2/', 'data'],
    ['https://zenodo.org/records/123', 'data'],
    ['https://mb-neuro.medical-blocks.ch/public_access/databases/ieeg/swec_ieeg', 'data'],
    ['https://catalog.ngc.nvidia.com/orgs/nvidia/teams/clara/models/gatortron_og', 'models'],
    ['https://clinbench-hpb.github.io', 'project'],
    ['https://www.example.org/our-project', 'project'],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url)?.kind).toBe(kind);
  });

  test.each([
    'https://arxiv.org/abs/2203.03540',
    'https://arxiv.org/pdf/2203.03540v2',
    'https://doi.org/10.1038/s41746-022-00742-2',
    'ftp://example.org/file',
    'not a url',
  ])('%s is not a link of the paper', (url) => {
    expect(classifyUrl(url)).toBeUndefined();
  });
});

describe('linksFromText', () => {
  test('types each URL of an abstract once, without the sentence punctuation after it', () => {
    const abstract =
      'Code is at https://github.com/a/b. Models: https://huggingface.co/a/m], see https://github.com/a/b. Paper: https://arxiv.org/abs/2203.03540.';
    expect(linksFromText(abstract)).toEqual([
      { kind: 'code', url: 'https://github.com/a/b' },
      { kind: 'models', url: 'https://huggingface.co/a/m' },
    ]);
  });

  test('an abstract without URLs has no links', () => {
    expect(linksFromText('No links here, only 3.5% and a.b.')).toEqual([]);
  });
});
