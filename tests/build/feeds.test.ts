import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../src/lib/themes.ts';
import type { BuiltSite } from './helpers/build-site.ts';
import { pageAt, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs, type EntryFacts } from './helpers/entries.ts';
import { buildWithPapers, type PapersSite } from './helpers/papers-site.ts';
import { tablePapers } from './helpers/table-papers.ts';

// The feeds as a feed reader gets them, parsed by Debian's python3-feedparser (an independent
// parser; .ci/run installs it). The seed, the build fixtures (one withdrawn) and 40 generated papers
// added on different days: 107 published papers, more than one feed document of 100.
const FIXTURES = fileURLToPath(new URL('./fixtures/papers', import.meta.url));
const SITE = 'https://example.org/survey/';
const PYTHON = '/usr/bin/python3';
const PARSE = `
import json, sys, feedparser
from html.parser import HTMLParser

def text(detail):
    """A title as a reader sees it: HTML titles are rendered to their text (a real tag would vanish)."""
    if detail.type != "text/html":
        return detail.value
    parts = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(detail.value)
    parser.close()
    return "".join(parts)

out = {}
for path in sys.argv[1:]:
    d = feedparser.parse(path)
    out[path] = {
        "bozo": d.bozo, "error": str(d.get("bozo_exception", "")), "version": d.version, "title": d.feed.get("title"),
        "links": {l.get("rel"): l.get("href") for l in d.feed.get("links", [])},
        "ids": [e.id for e in d.entries], "titles": [text(e.title_detail) for e in d.entries],
    }
print(json.dumps(out))
`;
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
let built: PapersSite;
let feeds: Record<
  string,
  {
    bozo: number;
    error: string;
    version: string;
    title: string;
    links: Record<string, string>;
    ids: string[];
    titles: string[];
  }
>;

const url = (slug: string) => `${SITE}papers/${slug}/`;
const published = () => entries.filter((entry) => !entry.withdrawn);
const dateKey = (entry: EntryFacts) =>
  entry.date.precision === 'day' ? entry.date.value : `0000-${entry.date.value.slice(2)}`;
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Most recently added first, then the newest paper, then title and slug: the order the feed promises. */
const feedOrder = (list: EntryFacts[]) =>
  [...list].sort(
    (a, b) => cmp(b.added, a.added) || cmp(dateKey(b), dateKey(a)) || cmp(a.title, b.title) || cmp(a.slug, b.slug),
  );
const feed = (path: string) => feeds[join(site.dist, path)]!;

beforeAll(async () => {
  built = await buildWithPapers(tablePapers(40), { base: '/survey/', fixtures: FIXTURES });
  ({ site, pages, entries } = built);
  const files = ['feed.xml', 'feed/archive-1.xml', ...THEME_IDS.map((id) => `themes/${id}.xml`)].map((path) =>
    join(site.dist, path),
  );
  feeds = JSON.parse(execFileSync(PYTHON, ['-c', PARSE, ...files], { encoding: 'utf8' }));
});
afterAll(() => built?.cleanup());

describe('the survey feed', () => {
  test('every feed document parses as Atom with no error (feedparser, bozo 0)', () => {
    const problems = Object.entries(feeds)
      .filter(([, parsed]) => parsed.bozo || parsed.version !== 'atom10')
      .map(([path, parsed]) => `${path}: ${parsed.version} ${parsed.error}`);
    expect(problems).toEqual([]);
  });

  test('carries the 100 most recently added papers, in order: date added, then paper date', () => {
    expect(published().length).toBeGreaterThan(100);
    expect(feed('feed.xml').ids).toEqual(
      feedOrder(published())
        .slice(0, 100)
        .map((entry) => url(entry.slug)),
    );
    const titles = [...feed('feed.xml').titles, ...feed('feed/archive-1.xml').titles];
    expect(
      titles.filter((title) => title.includes('<')),
      'markup in a title reaches the reader as text',
    ).toEqual(['Table fixture <b>bold</b> & "quoted" 001']);
  });

  test('with its archive, reaches every published paper, and no withdrawn one (RFC 5005 links)', () => {
    const current = feed('feed.xml');
    const archive = feed('feed/archive-1.xml');
    expect(current.links).toMatchObject({ self: `${SITE}feed.xml`, 'prev-archive': `${SITE}feed/archive-1.xml` });
    expect(archive.links).toMatchObject({ self: `${SITE}feed/archive-1.xml`, current: `${SITE}feed.xml` });
    expect(readFileSync(join(site.dist, 'feed/archive-1.xml'), 'utf8')).toContain('<fh:archive/>');
    expect(archive.ids).toEqual(
      feedOrder(published())
        .slice(-100)
        .map((entry) => url(entry.slug)),
    );
    expect(new Set([...current.ids, ...archive.ids])).toEqual(new Set(published().map((entry) => url(entry.slug))));
    expect(existsSync(join(site.dist, 'feed/archive-2.xml')), 'one archive is enough for 107 papers').toBe(false);
  });
});

describe('a feed per theme', () => {
  test.each(THEME_IDS)('themes/%s.xml carries the papers its theme page lists, most recently added first', (theme) => {
    const listed = published().filter((entry) => entry.theme === theme || entry.secondaryThemes.includes(theme));
    expect(listed.length, 'fewer than one page: no archive').toBeLessThanOrEqual(100);
    expect(feed(`themes/${theme}.xml`).ids).toEqual(feedOrder(listed).map((entry) => url(entry.slug)));
    expect(feed(`themes/${theme}.xml`).links.self).toBe(`${SITE}themes/${theme}.xml`);
  });

  test.each(THEME_IDS)('the %s theme page links to its feed, visibly and for feed readers', (theme) => {
    const dom = pageAt(pages, `/survey/themes/${theme}/`).dom;
    expect(dom.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe(
      `/survey/themes/${theme}.xml`,
    );
    expect(dom.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain(`/survey/themes/${theme}.xml`);
  });

  test('each theme feed is in the URL ledger', () => {
    const ledger = readFileSync(join(site.root, 'content/published-urls.txt'), 'utf8').split('\n');
    expect(THEME_IDS.filter((id) => !ledger.includes(`/themes/${id}.xml`))).toEqual([]);
  });
});

describe('newest additions on the overview', () => {
  test('are the most recently added papers, as the feed starts', () => {
    const newest = linkedSlugs(pageAt(pages, '/survey/').dom, '.items .item-title');
    expect(newest.length).toBeGreaterThan(0);
    expect(newest).toEqual(
      feedOrder(published())
        .slice(0, newest.length)
        .map((entry) => entry.slug),
    );
  });
});
