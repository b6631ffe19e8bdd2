import { describe, expect, test } from 'vitest';
import { splitAuthors } from '../../src/lib/cite/author-list.ts';
import { paperButtons } from '../../src/lib/cite/paper-links.ts';
import { doiUrl } from '../../src/lib/cite/urls.ts';

describe('paperButtons', () => {
  test('gives arXiv, PDF, DOI, Hugging Face, then code and other links, each URL once', () => {
    const buttons = paperButtons({
      arxiv: '2203.03540',
      doi: '10.1038/s41746-022-00742-2',
      links: [
        { kind: 'project', url: 'https://gatortron.example.org/' },
        { kind: 'code', url: 'https://github.com/uf/gatortron' },
        { kind: 'code', url: 'https://github.com/uf/gatortron' },
        { kind: 'models', url: 'https://huggingface.co/UFNLP/gatortron-base', label: 'Weights' },
      ],
    });
    expect(buttons.map((button) => [button.label, button.url])).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2203.03540'],
      ['PDF', 'https://arxiv.org/pdf/2203.03540'],
      ['DOI', 'https://doi.org/10.1038/s41746-022-00742-2'],
      ['Hugging Face', 'https://huggingface.co/papers/2203.03540'],
      ['Code', 'https://github.com/uf/gatortron'],
      ['Project page', 'https://gatortron.example.org/'],
      ['Weights', 'https://huggingface.co/UFNLP/gatortron-base'],
    ]);
  });

  test("uses the entry's own Hugging Face link instead of the arXiv-derived one", () => {
    const buttons = paperButtons({
      arxiv: '2203.03540',
      links: [{ kind: 'huggingface', url: 'https://huggingface.co/papers/2203.03540v2' }],
    });
    expect(buttons.filter((button) => button.kind === 'huggingface').map((button) => button.url)).toEqual([
      'https://huggingface.co/papers/2203.03540v2',
    ]);
  });

  test('gives nothing for a paper with no identifier and no links', () => {
    expect(paperButtons({ links: [] })).toEqual([]);
  });
});

describe('doiUrl', () => {
  test.each([
    ['10.1038/s41746-022-00742-2', 'https://doi.org/10.1038/s41746-022-00742-2'],
    ['10.1016/S0027-9684(15)31340-7', 'https://doi.org/10.1016/S0027-9684(15)31340-7'],
    ['10.1002/(SICI)1097-4571<3::AID>2.0.CO;2-#', 'https://doi.org/10.1002/(SICI)1097-4571%3C3::AID%3E2.0.CO%3B2-%23'],
  ])('resolves %s at %s', (doi, url) => {
    expect(doiUrl(doi)).toBe(url);
  });
});

describe('splitAuthors', () => {
  const names = (n: number) => Array.from({ length: n }, (_, i) => ({ family: `F${i}`, given: `G${i}` }));

  test.each([
    [1, 1, 0],
    [3, 3, 0],
    [4, 4, 0],
    [5, 3, 2],
    [18, 3, 15],
  ])('shows %i authors as %i names and %i more', (count, shown, more) => {
    const list = splitAuthors(names(count));
    expect([list.shown.length, list.more.length]).toEqual([shown, more]);
    expect([...list.shown, ...list.more]).toEqual(names(count).map((name) => `${name.given} ${name.family}`));
  });
});
