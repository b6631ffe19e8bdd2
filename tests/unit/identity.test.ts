import { describe, expect, test } from 'vitest';
import { IdentityIndex, identityKeys, normalizeTitle } from '../../src/lib/identity.ts';

describe('normalizeTitle', () => {
  test.each([
    ['GatorTron:  a Large—Clinical Model', 'gatortron a large clinical model'],
    ['  Café-Résumé  ', 'cafe resume'],
    ['Do We Still Need Clinical Language Models?', 'do we still need clinical language models'],
  ])('%j → %j', (title, normalised) => {
    expect(normalizeTitle(title)).toBe(normalised);
  });
});

describe('IdentityIndex', () => {
  test('finds a paper by arXiv id even when the title differs', () => {
    const index = new IdentityIndex<string>();
    index.add({ arxiv: '2201.00001', title: 'Old title' }, 'old');
    expect(index.find({ arxiv: '2201.00001', title: 'New title' })).toBe('old');
  });

  test('finds a paper by normalised title when it has no arXiv id', () => {
    const index = new IdentityIndex<string>();
    index.add({ title: 'Clinical Camel: An Open-Source Model' }, 'camel');
    expect(index.find({ title: 'clinical camel -- an open source model' })).toBe('camel');
    expect(index.find({ title: 'Clinical Camel 2' })).toBeUndefined();
  });

  test('keeps the first owner of a key', () => {
    const index = new IdentityIndex<string>();
    index.add({ title: 'Same' }, 'first');
    index.add({ title: 'same' }, 'second');
    expect(index.find({ title: 'SAME' })).toBe('first');
  });

  test('lists arXiv before title keys', () => {
    expect(identityKeys({ arxiv: '2501.01234', title: 'T' })).toEqual(['arxiv:2501.01234', 'title:t']);
  });
});

describe('identity by DOI', () => {
  test('finds a paper by DOI whatever its case or resolver prefix', () => {
    const index = new IdentityIndex<string>();
    index.add({ doi: '10.1038/s41746-022-00742-2', title: 'GatorTron' }, 'gatortron');
    expect(index.find({ doi: 'https://doi.org/10.1038/S41746-022-00742-2', title: 'Other title' })).toBe('gatortron');
    expect(index.find({ doi: '10.1038/other', title: 'Other title' })).toBeUndefined();
  });

  test('lists arXiv, then DOI, then title keys; arXiv without version', () => {
    expect(identityKeys({ arxiv: '2501.01234v2', doi: '10.1/X', title: 'T' })).toEqual(['arxiv:2501.01234', 'doi:10.1/x', 'title:t']);
  });
});
