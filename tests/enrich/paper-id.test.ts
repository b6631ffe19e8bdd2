import { describe, expect, test } from 'vitest';
import { isArxivDoi, parsePaperReference } from '../../src/lib/enrich/paper-id.ts';

describe('parsePaperReference', () => {
  test.each([
    ['https://arxiv.org/abs/2501.01234v2', { kind: 'arxiv', arxiv: '2501.01234', version: 2 }],
    ['https://arxiv.org/abs/2501.01234', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['http://arxiv.org/pdf/2501.01234v3.pdf', { kind: 'arxiv', arxiv: '2501.01234', version: 3 }],
    ['https://arxiv.org/pdf/2501.01234', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['https://www.arxiv.org/abs/cs/0601001v1', { kind: 'arxiv', arxiv: 'cs/0601001', version: 1 }],
    ['https://huggingface.co/papers/2501.01234', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['https://huggingface.co/papers/2501.01234.md', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['  https://hf.co/papers/2501.01234/  ', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['https://doi.org/10.1038/s41746-022-00742-2', { kind: 'doi', doi: '10.1038/s41746-022-00742-2' }],
    ['https://dx.doi.org/10.1016/j.media.2025.103456', { kind: 'doi', doi: '10.1016/j.media.2025.103456' }],
    [
      'https://doi.org/10.1002/(SICI)1097-0258(19980815)17:15%3C1661::AID-SIM968%3E3.0.CO;2-2',
      { kind: 'doi', doi: '10.1002/(SICI)1097-0258(19980815)17:15<1661::AID-SIM968>3.0.CO;2-2' },
    ],
    ['https://doi.org/10.48550/arXiv.2501.01234', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['arXiv:2501.01234v1', { kind: 'arxiv', arxiv: '2501.01234', version: 1 }],
    ['doi:10.1038/s41746-022-00742-2', { kind: 'doi', doi: '10.1038/s41746-022-00742-2' }],
    ['2501.01234', { kind: 'arxiv', arxiv: '2501.01234' }],
    ['10.1145/3292500.3330758', { kind: 'doi', doi: '10.1145/3292500.3330758' }],
  ])('reads %s', (text, expected) => {
    expect(parsePaperReference(text)).toEqual(expected);
  });

  test.each([
    'https://example.org/abs/2501.01234',
    'https://arxiv.org/list/cs.CL/recent',
    'https://huggingface.co/papers',
    'javascript:alert(1)',
    'GatorTron',
    '25.1',
    'https://doi.org/not-a-doi',
    '',
  ])('refuses %s', (text) => {
    expect(parsePaperReference(text)).toBeUndefined();
  });
});

describe('isArxivDoi', () => {
  test("tells arXiv's own DOIs from a publisher's", () => {
    expect([
      isArxivDoi('10.48550/arXiv.2501.01234'),
      isArxivDoi('10.48550/ARXIV.2501.01234'),
      isArxivDoi('10.1038/s41746-022-00742-2'),
    ]).toEqual([true, true, false]);
  });
});
