import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteRoutes } from '../../src/lib/routes.ts';
import { getTheme, THEME_IDS } from '../../src/lib/themes.ts';
import type { BuiltSite } from './helpers/build-site.ts';
import { findBrokenLinks, pageAt, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs, newestFirst, type EntryFacts } from './helpers/entries.ts';
import { buildWithPapers, type PapersSite } from './helpers/papers-site.ts';
import { tablePapers } from './helpers/table-papers.ts';
import { runVnu } from './helpers/vnu.ts';
import { gzipSize } from './helpers/weight.ts';

// A theme too long for one page: the seed entries plus 420 generated imaging papers (every seventh
// also in benchmarks) and 10 benchmarks papers that touch on imaging, so imaging's list of secondary
// and primary papers passes two pages of 200 and its years run across page boundaries. Everything
// is compared with the entry files, read as YAML, and with the routes `npm run check` knows.
const THEME = 'imaging';
const GENERATED = tablePapers(430).map((paper, i) =>
  i < 420
    ? { ...paper, theme: THEME, secondaryThemes: i % 7 === 0 ? ['benchmarks'] : [] }
    : { ...paper, theme: 'benchmarks', secondaryThemes: [THEME] },
);
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
let built: PapersSite;

const inTheme = (entry: EntryFacts) => entry.theme === THEME || entry.secondaryThemes.includes(THEME);
/** The theme's list, computed from the files: published papers of the theme, newest first. */
const listed = () => newestFirst(entries.filter((entry) => !entry.withdrawn && inTheme(entry)));
const themePages = () => pages.filter((built) => /^\/themes\/[^/]+\/page\/\d+\/$/.test(built.url));
const byPage = (a: BuiltPage, b: BuiltPage) => a.url.length - b.url.length || a.url.localeCompare(b.url);
const imagingPages = () => [
  pageAt(pages, '/themes/imaging/'),
  ...themePages()
    .filter((p) => p.url.startsWith('/themes/imaging/'))
    .sort(byPage),
];
const itemSlugs = (built: BuiltPage) => linkedSlugs(built.dom, '.year-group .item-title');
const yearOf = (entry: EntryFacts) => (entry.date.precision === 'day' ? entry.date.value.slice(0, 4) : 'unknown');

beforeAll(async () => {
  built = await buildWithPapers(GENERATED);
  ({ site, pages, entries } = built);
});
afterAll(() => built?.cleanup());

describe('a theme split into pages', () => {
  test('lists every paper of the theme exactly once across its pages, newest first, 200 a page', () => {
    expect(listed().length, 'the theme passes two pages').toBeGreaterThan(400);
    const built = imagingPages();
    expect(built.map((p) => p.url)).toEqual(['/themes/imaging/', '/themes/imaging/page/2/', '/themes/imaging/page/3/']);
    expect(built.map((p) => itemSlugs(p).length)).toEqual([200, 200, listed().length - 400]);
    expect(built.flatMap(itemSlugs)).toEqual(listed().map((entry) => entry.slug));
  });

  test('publishes exactly the later pages siteRoutes predicts, for every theme', () => {
    const withStatus = entries.map((entry) => ({ ...entry, status: entry.withdrawn ? 'withdrawn' : 'published' }));
    const routes = siteRoutes(withStatus, THEME_IDS);
    const predicted = [...routes.keys()].filter((path) => /^\/themes\/[^/]+\/page\//.test(path));
    expect(
      themePages()
        .map((p) => p.url)
        .sort(),
    ).toEqual(predicted.sort());
  });

  test('links each year, on every page, to the page and heading where it starts', () => {
    const years = [...new Set(listed().map(yearOf))].map((year) => (year === 'unknown' ? 'Year unknown' : year));
    for (const built of imagingPages()) {
      const links = built.dom.querySelectorAll('[data-theme-years] a');
      expect(
        links.map((a) => a.text),
        built.url,
      ).toEqual(years);
      for (const a of links) {
        const [path, anchor] = a.getAttribute('href')!.split('#');
        const heading = pageAt(pages, path!).dom.querySelector(`[id="${anchor}"]`);
        expect(heading?.tagName, `${a.getAttribute('href')} on ${built.url}`).toBe('H2');
        // The heading's first paper is the year's first: the year starts on that page, not before.
        const first = listed().find((entry) => `year-${yearOf(entry)}` === anchor)!;
        const firstLink = heading!.parentNode!.querySelector('.item-title a')!.getAttribute('href');
        expect(firstLink, `${anchor} starts with its year's first paper`).toBe(`/papers/${first.slug}/`);
      }
    }
    expect(findBrokenLinks(site.dist, site.base, imagingPages())).toEqual([]);
  });

  test('a year begun on the previous page is marked as continued', () => {
    for (const [i, built] of imagingPages().entries()) {
      const heading = built.dom.querySelector('.year-heading')!.text;
      const previous = i > 0 ? listed()[i * 200 - 1]! : undefined;
      const continues = previous !== undefined && yearOf(previous) === yearOf(listed()[i * 200]!);
      expect(heading.includes(', continued'), `${built.url}: ${heading}`).toBe(continues);
    }
  });

  test('has a pager with Previous, every page number (the current one marked) and Next', () => {
    const urls = imagingPages().map((p) => p.url);
    for (const [i, built] of imagingPages().entries()) {
      const pager = built.dom.querySelector('[data-theme-pager]')!;
      expect(pager.querySelectorAll('a:not([rel])').map((a) => a.getAttribute('href'))).toEqual(urls);
      expect(pager.querySelectorAll('a[aria-current="page"]').map((a) => a.getAttribute('href'))).toEqual([built.url]);
      expect(pager.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(urls[i - 1]);
      expect(pager.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(urls[i + 1]);
    }
  });

  test('later pages have their own title and canonical URL, link back to the first, and leave out the glance', () => {
    const [first, ...later] = imagingPages();
    expect(first!.dom.querySelector('#shape-heading'), 'the first page keeps the theme at a glance').not.toBeNull();
    for (const [i, built] of later.entries()) {
      const title = built.dom.querySelector('title')!.text;
      expect(title.startsWith(`${getTheme(THEME).name}, page ${i + 2} of 3 `), `${built.url}: ${title}`).toBe(true);
      const canonical = built.dom.querySelector('link[rel="canonical"]')!.getAttribute('href');
      expect(canonical, built.url).toMatch(new RegExp(`${built.url}$`));
      expect(built.dom.querySelector('#shape-heading')).toBeNull();
      expect(built.dom.querySelectorAll('header a').map((a) => a.getAttribute('href'))).toContain('/themes/imaging/');
    }
  });

  test('themes that fit on one page show no year links or pager', () => {
    const alignment = pageAt(pages, '/themes/alignment/').dom;
    expect(alignment.querySelector('[data-theme-years]')).toBeNull();
    expect(alignment.querySelector('[data-theme-pager]')).toBeNull();
  });

  test("the Nu HTML Checker finds no errors on the split theme's pages", async () => {
    // The seed build that html-validity.test.ts checks has no theme long enough to split.
    const errors = await runVnu(
      site.dist,
      imagingPages().map((built) => built.file),
    );
    expect(errors.map((error) => `${error.file}:${error.line ?? '?'}: ${error.message}`)).toEqual([]);
  }, 120_000);

  test('each page stays far below the 100 KB gzip budget', () => {
    for (const built of imagingPages()) {
      const html = gzipSize(built.html);
      console.info(`[weight] ${built.url}: ${itemSlugs(built).length} papers, HTML ${html} B gzip`);
      expect(html).toBeLessThanOrEqual(100 * 1024);
    }
  });
});
