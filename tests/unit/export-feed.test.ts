import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { entriesToAtomFeed, feedDocuments, feedOrder } from '../../src/lib/export/feed.ts';
import { makeEntry, seedEntries, survey } from '../helpers/cite-seed.ts';

const self = `${survey.siteUrl}feed.xml`;
const links = { self };

/** The feed's entries as parsed XML; titles and summaries are type="html", so their text is HTML-decoded. */
function readFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' || name === 'link' }).parse(
    xml,
  ).feed;
  const entries = (feed.entry ?? []) as Record<string, any>[];
  const html = (value: unknown) => parseHtml(String(value)).text;
  const rels = Object.fromEntries(
    (feed.link as Record<string, string>[]).map((link) => [link['@_rel'], link['@_href']]),
  );
  return {
    feed,
    rels,
    entries: entries.map((entry) => ({
      id: entry.id,
      title: html(entry.title['#text']),
      summary: html(entry.summary['#text']),
      updated: entry.updated,
    })),
  };
}

describe('feedOrder', () => {
  test('puts the most recently added first, then the newest paper, then by title; withdrawn entries leave', () => {
    const entries = [
      makeEntry({ slug: 'old', title: 'Old', added: '2025-01-01', date: { precision: 'day', value: '2025-01-01' } }),
      makeEntry({
        slug: 'same-day-older-paper',
        title: 'A',
        added: '2025-03-01',
        date: { precision: 'day', value: '2020-05-05' },
      }),
      makeEntry({
        slug: 'same-day-newer-paper',
        title: 'Z',
        added: '2025-03-01',
        date: { precision: 'day', value: '2024-05-05' },
      }),
      makeEntry({
        slug: 'same-day-no-year',
        title: 'B',
        added: '2025-03-01',
        date: { precision: 'month-day', value: '--12-31' },
      }),
      makeEntry({
        slug: 'same-day-same-date-b',
        title: 'Beta',
        added: '2025-03-01',
        date: { precision: 'day', value: '2020-05-05' },
      }),
      makeEntry({ slug: 'gone', added: '2025-04-01', status: 'withdrawn', withdrawnReason: 'duplicate' }),
    ];
    expect(feedOrder(entries).map((entry) => entry.slug)).toEqual([
      'same-day-newer-paper',
      'same-day-older-paper',
      'same-day-same-date-b',
      'same-day-no-year',
      'old',
    ]);
  });
});

describe('feedDocuments', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => n - i); // newest first: n … 1

  test.each([0, 1, 3])('%i entries fit the subscription document, with no archive', (n) => {
    expect(feedDocuments(items(n), 3)).toEqual({ current: items(n), archives: [] });
  });

  test('beyond one page, archives of exactly `size` from the oldest hold what the subscription document does not', () => {
    const { current, archives } = feedDocuments(items(8), 3);
    expect(current).toEqual([8, 7, 6]);
    expect(archives).toEqual([
      [3, 2, 1],
      [6, 5, 4],
    ]);
  });

  test('every entry is in some document, and a complete archive keeps its entries when more are added', () => {
    for (let n = 1; n <= 40; n += 1) {
      const { current, archives } = feedDocuments(items(n), 7);
      expect(new Set([...current, ...archives.flat()]).size, `n=${n}`).toBe(n);
      const later = feedDocuments(items(n + 5), 7).archives;
      archives.forEach((archive, i) => expect(later[i], `n=${n} archive ${i + 1}`).toEqual(archive));
    }
  });
});

describe('entriesToAtomFeed', () => {
  test('writes the entries in the order given, updated on the newest addition', () => {
    const entries = feedOrder([
      makeEntry({ slug: 'a', added: '2025-01-01' }),
      makeEntry({ slug: 'b', added: '2025-03-01' }),
    ]);
    const { feed, entries: items } = readFeed(entriesToAtomFeed(entries, survey, { links }));
    expect(items.map((item) => item.id)).toEqual([`${survey.siteUrl}papers/b/`, `${survey.siteUrl}papers/a/`]);
    expect(feed.updated).toBe('2025-03-01T00:00:00.000Z');
    expect(feed.title).toBe(survey.title);
  });

  test('keeps titles and abstracts with & < > " intact through XML and HTML', () => {
    const title = 'Medical Error Detection & Correction <on> "Agents" ]]> done';
    const { entries: items } = readFeed(
      entriesToAtomFeed([makeEntry({ title, abstract: 'A & B < C' })], survey, { links }),
    );
    expect(items[0]).toMatchObject({ title, summary: 'A & B < C' });
  });

  test('an archive carries the RFC 5005 marker and links to the current feed and its neighbours', () => {
    const archive = 'https://example.org/feed/archive-2.xml';
    const xml = entriesToAtomFeed([makeEntry()], survey, {
      id: survey.siteUrl,
      archive: true,
      links: {
        self: archive,
        current: self,
        prevArchive: 'https://example.org/feed/archive-1.xml',
        nextArchive: 'https://example.org/feed/archive-3.xml',
      },
    });
    const { feed, rels } = readFeed(xml);
    expect(rels).toMatchObject({
      self: archive,
      current: self,
      'prev-archive': 'https://example.org/feed/archive-1.xml',
      'next-archive': 'https://example.org/feed/archive-3.xml',
    });
    expect(feed['fh:archive']).toBe('');
    expect(feed['@_xmlns:fh']).toBe('http://purl.org/syndication/history/1.0');
    expect(feed.id).toBe(survey.siteUrl);
  });

  test('a subscription document without archives has no history links', () => {
    const xml = entriesToAtomFeed([makeEntry()], survey, { links });
    expect(xml).not.toMatch(/archive|xmlns:fh/);
  });

  test('the whole seed, all 64, once each, with the seed title that has &', () => {
    const seed = seedEntries();
    const { entries: items } = readFeed(entriesToAtomFeed(feedDocuments(feedOrder(seed)).current, survey, { links }));
    expect(items).toHaveLength(64);
    expect(items.map((item) => item.title).sort()).toEqual(seed.map((entry) => entry.title).sort());
    expect(items.some((item) => item.title.includes('Detection & Correction'))).toBe(true);
  });

  test('is the same text on every run', () => {
    const feed = () => entriesToAtomFeed(feedOrder(seedEntries()), survey, { links });
    expect(feed()).toBe(feed());
  });
});
