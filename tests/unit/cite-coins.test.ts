import { describe, expect, test } from 'vitest';
import { entryToCoins } from '../../src/lib/cite/coins.ts';
import { gatortronEntry, makeEntry, preprintEntry, referenceEntries } from '../helpers/cite-seed.ts';

/** The ContextObject's pairs in order, decoded as Zotero's OpenURL parser reads them ("+" is a space). */
const pairs = (kev: string) =>
  kev
    .split('&')
    .map((pair) => pair.split('=').map((part) => decodeURIComponent(part.replace(/\+/g, ' '))) as [string, string]);
const values = (kev: string, key: string) =>
  pairs(kev)
    .filter(([name]) => name === key)
    .map(([, value]) => value);

describe('entryToCoins', () => {
  test('describes a journal article: format, genre, article and journal titles, authors, date, DOI, own URL and whole abstract', () => {
    const entry = gatortronEntry({ abstract: 'Line one.\n\nA = b & c, 100% / d?' });
    expect(pairs(entryToCoins(entry))).toEqual([
      ['ctx_ver', 'Z39.88-2004'],
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', entry.title],
      ['rft.jtitle', 'npj Digital Medicine'],
      ['rft.au', 'Yang, Xi'],
      ['rft.au', 'Chen, Aokun'],
      ['rft.au', 'PourNejatian, Nima'],
      ['rft.au', 'Shin, Hoo Chang'],
      ['rft.au', 'Wu, Yonghui'],
      ['rft.date', '2022-02-02'],
      ['rft_id', 'info:doi/10.1038/s41746-022-00742-2'],
      ['rft_id', 'https://doi.org/10.1038/s41746-022-00742-2'],
      ['rft.description', 'Line one. A = b & c, 100% / d?'],
    ]);
  });

  test('form-encodes values as Z39.88 does: spaces as +, a literal + escaped, query punctuation as it is', () => {
    const kev = entryToCoins(makeEntry({ title: 'A + B: x, y / z?', abstract: 'é & =' }));
    expect(kev).toContain('rft.title=A+%2B+B:+x,+y+/+z?&');
    expect(kev).toContain('rft.description=%C3%A9+%26+%3D');
  });

  test('leaves out an abstract with a "+", which Zotero would read as a space', () => {
    expect(values(entryToCoins(makeEntry({ abstract: 'Gains of +2.7 pp.' })), 'rft.description')).toEqual([]);
  });

  test('describes a preprint with rft.type before the title, so that Zotero saves a preprint with its title', () => {
    const kev = entryToCoins(preprintEntry());
    const keys = pairs(kev).map(([key]) => key);
    expect(values(kev, 'rft.type')).toEqual(['preprint']);
    expect(keys.indexOf('rft.type')).toBeLessThan(keys.indexOf('rft.title'));
    expect(values(kev, 'rft.pub')).toEqual(['arXiv']);
    expect(values(kev, 'rft.aucorp')).toEqual(['The MIMIC Consortium']);
    expect(values(kev, 'rft_id')).toEqual(['https://arxiv.org/abs/2109.03570']);
  });

  test.each([
    ['conference', 'proceeding'],
    ['workshop', 'proceeding'],
    ['book', 'bookitem'],
  ] as const)('describes a %s paper as a part of a book (genre %s) with the venue as book title', (kind, genre) => {
    const kev = entryToCoins(gatortronEntry({ venue: { name: 'Proc. of X', kind } }));
    expect([values(kev, 'rft_val_fmt'), values(kev, 'rft.genre'), values(kev, 'rft.btitle')]).toEqual([
      ['info:ofi/fmt:kev:mtx:book'],
      [genre],
      ['Proc. of X'],
    ]);
  });

  test('never gives the survey page as the paper: no rft_id without an identifier, a year from the arXiv id', () => {
    expect(values(entryToCoins(makeEntry()), 'rft_id')).toEqual([]);
    expect(
      values(
        entryToCoins(makeEntry({ arxiv: '2203.03540', date: { precision: 'month-day', value: '--02-02' } })),
        'rft.date',
      ),
    ).toEqual(['2022']);
  });

  test('keeps every author of every seed paper merged with the reference export, in order', () => {
    for (const entry of referenceEntries()) {
      const kev = entryToCoins(entry);
      const names = pairs(kev)
        .filter(([key]) => key === 'rft.au' || key === 'rft.aucorp')
        .map(([, value]) => value);
      expect(names).toEqual(
        entry.authors!.map((author) =>
          'literal' in author ? author.literal : author.given ? `${author.family}, ${author.given}` : author.family,
        ),
      );
      // Zotero splits a ContextObject at every "&" and "=" before decoding: neither may appear unencoded in a value.
      for (const pair of kev.split('&')) expect(pair.split('=')).toHaveLength(2);
    }
  });
});
