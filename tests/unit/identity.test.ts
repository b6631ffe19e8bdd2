import { describe, expect, test } from 'vitest';
import { IdentityIndex, identityKeys, identityOf, normalizeTitle } from '../../src/lib/identity.ts';

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
    expect(identityKeys({ arxiv: '2501.01234v2', doi: '10.1/X', title: 'T' })).toEqual([
      'arxiv:2501.01234',
      'doi:10.1/x',
      'title:t',
    ]);
  });
});

describe('identity of a record without a title', () => {
  test('an id-only record matches by id, never by an empty title', () => {
    const index = new IdentityIndex<string>();
    index.add({ title: '🧠🧠' }, 'emoji-title');
    index.add({ arxiv: '2501.00001', title: 'Known' }, 'known');
    expect(identityKeys({ arxiv: '2501.00001', title: '' })).toEqual(['arxiv:2501.00001']);
    expect(index.find({ arxiv: '2501.00001', title: '' })).toBe('known');
    expect(index.find({ arxiv: '2501.00002', title: '' })).toBeUndefined();
  });
});

describe('IdentityIndex.match', () => {
  test('says which identifier matched, strongest first', () => {
    const index = new IdentityIndex<string>();
    index.add({ arxiv: '2501.00001', doi: '10.1/a', title: 'Paper A' }, 'a');
    expect(index.match({ arxiv: '2501.00001v3', title: 'Other' })).toEqual({ value: 'a', by: 'arxiv' });
    expect(index.match({ doi: 'https://doi.org/10.1/A', title: 'Other' })).toEqual({ value: 'a', by: 'doi' });
    expect(index.match({ title: 'paper a' })).toEqual({ value: 'a', by: 'title' });
    expect(index.match({ title: 'Paper B' })).toBeUndefined();
  });

  test('addEntry also knows an entry by the title it was imported with', () => {
    const index = new IdentityIndex<string>();
    index.addEntry({ title: 'A curated title', provenance: { title: 'The listing title' } }, 'entry');
    expect(index.match({ title: 'The Listing Title' })).toEqual({ value: 'entry', by: 'title' });
  });
});

describe('identityOf', () => {
  test('keeps only string values: an unquoted arXiv id (a number in YAML) identifies nothing', () => {
    expect(identityOf({ arxiv: 2501.01234, doi: '10.1/x', title: 7 })).toEqual({
      arxiv: undefined,
      doi: '10.1/x',
      title: '',
    });
    expect(identityKeys(identityOf({ arxiv: 2501.01234, title: 'T' }))).toEqual(['title:t']);
  });
});
