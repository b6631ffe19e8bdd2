import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { encodeSlug, indexToRows } from '../../src/lib/table/index.ts';
import { getTheme, THEME_IDS } from '../../src/lib/themes.ts';
import type { BuiltSite } from './helpers/build-site.ts';
import { findBrokenLinks, pageAt, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs, newestFirst, type EntryFacts } from './helpers/entries.ts';
import { buildWithPapers, type PapersSite } from './helpers/papers-site.ts';
import { tablePapers, type TablePaper } from './helpers/table-papers.ts';
import { gzipSize, scriptWeight } from './helpers/weight.ts';

// The papers table as a reader without JavaScript gets it: the 64 seed entries, the four build
// fixtures (one withdrawn) and 40 generated papers with authors, venues and code, so the table
// passes one page of 100 rows. Everything is compared with the entry files, read as YAML.
const FIXTURES = fileURLToPath(new URL('./fixtures/papers', import.meta.url));
const EXTRA = tablePapers(40);
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
let built: PapersSite;
const page = (url: string) => pageAt(pages, url);
const published = () => entries.filter((entry) => !entry.withdrawn);
const tablePages = () =>
  pages
    .filter((built) => /^\/papers\/(page\/\d+\/)?$/.test(built.url))
    .sort((a, b) => a.url.length - b.url.length || a.url.localeCompare(b.url));
const rowsOf = (built: BuiltPage) => built.dom.querySelectorAll('[data-table-body] tr');
/** The table's default order, computed from the files. */
const defaultOrder = newestFirst;

beforeAll(async () => {
  built = await buildWithPapers(EXTRA, { fixtures: FIXTURES });
  ({ site, pages, entries } = built);
});
afterAll(() => built?.cleanup());

describe('the papers table without JavaScript', () => {
  test('spreads every published paper over pages of 100 rows, once each, newest first', () => {
    expect(published().length, 'the build has more than one page of papers').toBeGreaterThan(100);
    const built = tablePages();
    expect(built.map((p) => p.url)).toEqual(['/papers/', '/papers/page/2/']);
    expect(built.map((p) => rowsOf(p).length)).toEqual([100, published().length - 100]);
    const listed = built.flatMap((p) => linkedSlugs(p.dom, '[data-table-body] .col-title'));
    expect(listed).toEqual(defaultOrder(published()).map((entry) => entry.slug));
  });

  test('shows title, authors, year, theme, venue and code as the entry files give them, text kept literal', () => {
    const rows = new Map(
      tablePages()
        .flatMap((p) => rowsOf(p))
        .map((tr) => [linkedSlugs(tr, '.col-title')[0], tr]),
    );
    const cells = (paper: TablePaper) => {
      const tr = rows.get(paper.slug)!;
      return ['.col-title', '.col-authors', '.col-year', '.col-theme', '.col-venue']
        .map((selector) => tr.querySelector(selector)!.text.trim())
        .concat(tr.querySelector('.col-code a')?.getAttribute('href') ?? '');
    };
    for (const paper of EXTRA) {
      const families = paper.authors.map((author) => ('literal' in author ? author.literal : author.family));
      const authors = families.length > 3 ? `${families.slice(0, 3).join(', ')} et al.` : families.join(', ');
      const year = paper.date.precision === 'day' ? paper.date.value.slice(0, 4) : '?';
      expect(cells(paper), paper.slug).toEqual([
        paper.title,
        authors,
        year,
        getTheme(paper.theme).name,
        paper.venue?.name ?? '',
        paper.code ?? '',
      ]);
    }
    expect(rows.get('table-fixture-001')!.querySelector('.col-title b'), 'markup in a title stays text').toBeNull();
  });

  test('has a header for each of the six columns, the year marked as the current order, and row headers', () => {
    const dom = page('/papers/').dom;
    expect(dom.querySelectorAll('thead th[data-sort] .sort-label').map((th) => th.text)).toEqual([
      'Title',
      'Authors',
      'Year',
      'Theme',
      'Venue',
      'Code',
    ]);
    expect(
      dom
        .querySelectorAll('thead th[aria-sort]')
        .map((th) => [th.getAttribute('data-sort'), th.getAttribute('aria-sort')]),
    ).toEqual([['year', 'descending']]);
    expect(rowsOf(page('/papers/')).every((tr) => tr.querySelector('th[scope="row"] a') !== null)).toBe(true);
  });

  test('hides what needs JavaScript (filters), says so, and links every year and every page', () => {
    const dom = page('/papers/').dom;
    expect(dom.querySelector('[data-table-controls]')!.hasAttribute('hidden')).toBe(true);
    expect(dom.querySelector('noscript')!.text).toMatch(/Sorting and filtering need JavaScript/);
    for (const built of tablePages()) {
      expect(
        built.dom.querySelectorAll('[data-table-pager] a:not([rel])').map((a) => a.getAttribute('href')),
        built.url,
      ).toEqual(['/papers/', '/papers/page/2/']);
    }
    const years = new Set(
      published().map((entry) => (entry.date.precision === 'day' ? entry.date.value.slice(0, 4) : 'unknown')),
    );
    const jumps = dom.querySelectorAll('[data-table-years] a').map((a) => a.getAttribute('href')!);
    expect(jumps.map((href) => href.split('#year-')[1]).sort()).toEqual([...years].sort());
  });

  test('every link on the table pages resolves, year links to the row where the year starts', () => {
    expect(findBrokenLinks(site.dist, site.base, tablePages())).toEqual([]);
    for (const built of tablePages()) {
      for (const tr of built.dom.querySelectorAll('[data-table-body] tr[id]')) {
        const index = rowsOf(built).indexOf(tr);
        const year = tr.querySelector('.col-year')!.text;
        const before = index > 0 ? rowsOf(built)[index - 1]!.querySelector('.col-year')!.text : undefined;
        expect(before, `${tr.id} starts its year`).not.toBe(year);
        expect(tr.id).toBe(`year-${year === '?' ? 'unknown' : year}`);
      }
    }
  });

  test('a page of 100 rows stays far below the 100 KB gzip budget and loads under 3 KB of script', () => {
    for (const built of tablePages()) {
      const html = gzipSize(built.html);
      const js = scriptWeight(site.dist, site.base, built);
      console.info(
        `[weight] ${built.url}: ${rowsOf(built).length} rows, HTML ${html} B gzip, script before use ${js} B gzip`,
      );
      expect(html).toBeLessThanOrEqual(100 * 1024);
      expect(js).toBeLessThanOrEqual(3 * 1024);
    }
  });
});

describe('the table index', () => {
  test("/papers/table.json holds every published paper once, in the pages' order, with the same cells", () => {
    const index = JSON.parse(readFileSync(join(site.dist, 'papers/table.json'), 'utf8'));
    // Slugs the title gives are left out of the file; the browser decodes them as indexToRows does.
    const slugs = indexToRows(index).map((row) => row.slug);
    expect(slugs).toEqual(tablePages().flatMap((p) => linkedSlugs(p.dom, '[data-table-body] .col-title')));
    expect(index.themes.map(([id]: [string]) => id)).toEqual(THEME_IDS);
    const first = EXTRA[0]!;
    expect(index.rows.find((row: string[]) => row[1] === first.title)).toEqual([
      encodeSlug(first.slug, first.title),
      first.title,
      'Yang',
      first.date.value,
      0,
      first.venue?.name ?? '',
      '',
    ]);
    console.info(
      `[weight] /papers/table.json: ${slugs.length} rows, ${gzipSize(readFileSync(join(site.dist, 'papers/table.json')))} B gzip`,
    );
  });
});

describe('select toggles', () => {
  const toggles = (built: BuiltPage) =>
    built.dom
      .querySelectorAll('button.select-toggle')
      .map((b) => [
        b.getAttribute('data-select-paper'),
        b.getAttribute('data-select-title'),
        b.getAttribute('aria-pressed'),
        b.getAttribute('type'),
      ]);

  test('every table row, theme list item, newest addition and published paper page has one, naming its paper', () => {
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    const expectFor = (slugs: string[]) => slugs.map((slug) => [slug, bySlug.get(slug)!.title, 'false', 'button']);
    for (const built of tablePages())
      expect(toggles(built), built.url).toEqual(expectFor(linkedSlugs(built.dom, '[data-table-body] .col-title')));
    for (const id of THEME_IDS)
      expect(toggles(page(`/themes/${id}/`)), id).toEqual(
        expectFor(linkedSlugs(page(`/themes/${id}/`).dom, '.item-title')),
      );
    expect(toggles(page('/'))).toEqual(expectFor(linkedSlugs(page('/').dom, '.items .item-title')));
    for (const entry of published())
      expect(toggles(page(`/papers/${entry.slug}/`)), entry.slug).toEqual(expectFor([entry.slug]));
    expect(toggles(page('/papers/fixture-withdrawn/')), 'a withdrawn paper cannot be selected').toEqual([]);
  });

  test('the selection page exists, says it needs JavaScript, and is in the URL ledger', () => {
    expect(page('/selection/').dom.querySelector('noscript')!.text).toMatch(/need JavaScript/);
    expect(readFileSync(join(site.root, 'content/published-urls.txt'), 'utf8').split('\n')).toContain('/selection/');
    expect(existsSync(join(site.dist, 'selection/index.html'))).toBe(true);
  });
});
