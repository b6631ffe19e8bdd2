import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { entriesToAtomFeed } from '../../src/lib/export/feed.ts';
import { makeEntry, seedEntries, survey } from '../helpers/cite-seed.ts';

const selfUrl = `${survey.siteUrl}feed.xml`;

/** The feed's entries as parsed XML; titles and summaries are type="html", so their text is HTML-decoded. */
function readFeed(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
  const entries = (feed.entry ?? []) as Record<string, any>[];
  const html = (value: unknown) => parseHtml(String(value)).text;
  return { feed, entries: entries.map((entry) => ({ id: entry.id, title: html(entry.title['#text']), summary: html(entry.summary['#text']), updated: entry.updated })) };
}

describe('entriesToAtomFeed', () => {
  test('lists the newest published additions first, then by slug, up to the limit', () => {
    const entries = [
      makeEntry({ slug: 'old', added: '2025-01-01' }),
      makeEntry({ slug: 'new-b', added: '2025-03-01' }),
      makeEntry({ slug: 'new-a', added: '2025-03-01' }),
      makeEntry({ slug: 'gone', added: '2025-04-01', status: 'withdrawn', withdrawnReason: 'duplicate' }),
    ];
    const { feed, entries: items } = readFeed(entriesToAtomFeed(entries, survey, { selfUrl, limit: 2 }));
    expect(items.map((item) => item.id)).toEqual([`${survey.siteUrl}papers/new-a/`, `${survey.siteUrl}papers/new-b/`]);
    expect(feed.updated).toBe('2025-03-01T00:00:00.000Z');
    expect(feed.title).toBe(survey.title);
  });

  test('keeps titles and abstracts with & < > " intact through XML and HTML', () => {
    const title = 'Medical Error Detection & Correction <on> "Agents" ]]> done';
    const { entries: items } = readFeed(entriesToAtomFeed([makeEntry({ title, abstract: 'A & B < C' })], survey, { selfUrl }));
    expect(items[0]).toMatchObject({ title, summary: 'A & B < C' });
  });

  test('is well-formed XML for the whole seed, with the seed title that has &', () => {
    const seed = seedEntries();
    const { entries: items } = readFeed(entriesToAtomFeed(seed, survey, { selfUrl }));
    expect(items).toHaveLength(50);
    const all = readFeed(entriesToAtomFeed(seed, survey, { selfUrl, limit: 100 })).entries.map((item) => item.title);
    expect(all).toEqual(expect.arrayContaining(seed.map((entry) => entry.title)));
    expect(all.some((text) => text.includes('Detection & Correction'))).toBe(true);
  });

  test('is the same text on every run', () => {
    expect(entriesToAtomFeed(seedEntries(), survey, { selfUrl })).toBe(entriesToAtomFeed(seedEntries(), survey, { selfUrl }));
  });
});
