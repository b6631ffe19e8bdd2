import type { Browser, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, test } from 'vitest';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// Facet counts and zero-result ways on, end to end: a real build with extra entries that have venues
// (one with a colon, one with commas; nine in all, so one folds away) and code links, indexed by real
// Pagefind, in Chromium.
// Every count the page shows is checked against a brute-force count: all of the query's results are
// loaded with their filter values, and the definition is applied to them one by one.
const FIXTURES = fileURLToPath(new URL('./fixtures/search-papers', import.meta.url));
const FACETS = ['theme', 'year', 'venue', 'code'] as const;
type Chosen = Partial<Record<(typeof FACETS)[number], string[]>>;

/** The counts a page shows: facet → value → number in brackets. */
type Shown = Record<string, Record<string, number>>;

/**
 * The brute-force truth, computed in the page from Pagefind's raw results: every result of the
 * query (or every page, with no query) with its filter values; a value's count is how many of them
 * have it and match every *other* facet's choices (any one value of each); the result count is how
 * many match every facet's choices.
 */
const BRUTE_FORCE = `async ({ base, q, chosen, facets }) => {
  const pagefind = await import(base + 'pagefind/pagefind.js');
  await pagefind.init();
  const search = await pagefind.search(q || null);
  const results = await Promise.all(search.results.map((r) => r.data()));
  const matches = (result, facet) => {
    const wanted = chosen[facet] ?? [];
    return wanted.length === 0 || wanted.some((value) => (result.filters[facet] ?? []).includes(value));
  };
  const all = await pagefind.filters();
  const counts = {};
  for (const facet of facets) {
    counts[facet] = {};
    for (const value of Object.keys(all[facet] ?? {})) {
      counts[facet][value] = results.filter((r) => (r.filters[facet] ?? []).includes(value) && facets.every((other) => other === facet || matches(r, other))).length;
    }
  }
  const hits = results.filter((r) => facets.every((facet) => matches(r, facet)));
  return { total: hits.length, counts, urls: hits.map((r) => r.url) };
}`;

describeInBrowser(
  'search facets in Chromium',
  (fixture) => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(() => void ({ server, browser } = fixture()));

    async function open(
      path: string,
      width = 1280,
    ): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.siteUrl + path, { waitUntil: 'load' });
      return { page, errors, close: () => context.close() };
    }

    const searchUrl = (q: string, chosen: Chosen) => {
      const params = new URLSearchParams();
      if (q) params.set('q', q);
      for (const facet of FACETS) for (const value of chosen[facet] ?? []) params.append(facet, value);
      return `search/?${params}`;
    };

    /**
     * Waits until the page has searched (no search under way, and its status names a number), then
     * reads every shown count. The URL changes before the new results arrive, so it is no signal.
     */
    async function shownCounts(page: Page): Promise<{ total: number; counts: Shown; urls: string[] }> {
      await expect.poll(() => page.locator('[data-results]').getAttribute('aria-busy')).toBeNull();
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/^\d+ papers?/);
      const total = Number((await page.locator('[data-status]').textContent())!.match(/^\d+/)![0]);
      const counts = await page.locator('[data-filters] input[type="checkbox"]').evaluateAll((boxes) => {
        const out: Record<string, Record<string, number>> = {};
        for (const box of boxes as HTMLInputElement[]) {
          const text = box.parentElement!.querySelector('[data-count]')!.textContent!;
          (out[box.name] ??= {})[box.value] = Number(text.replace(/[()]/g, ''));
        }
        return out;
      });
      const urls = await page
        .locator('[data-results] li h2 a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      return { total, counts, urls };
    }

    /** The brute-force truth for a query and choices (see BRUTE_FORCE), computed in the page. */
    async function bruteForce(
      page: Page,
      q: string,
      chosen: Chosen,
    ): Promise<{ total: number; counts: Shown; urls: string[] }> {
      const args = JSON.stringify({ base: new URL(server.siteUrl).pathname, q, chosen, facets: FACETS });
      // A string, not a function: the test runner would rewrite a function's import() for Node.
      return page.evaluate(`(${BRUTE_FORCE})(${args})`);
    }

    test.each<[string, Chosen]>([
      ['benchmark', {}],
      ['benchmark', { theme: ['imaging', 'benchmarks'] }],
      ['model', { theme: ['imaging'], year: ['2024', '2025'] }],
      ['zebrafish', {}],
      ['zebrafish', { venue: ['Nature Medicine'] }],
      ['zebrafish', { code: ['yes'], theme: ['imaging', 'alignment'] }],
      [
        'zebrafish',
        {
          venue: [
            'Proceedings of the 63rd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)',
            'Journal of Things, Stuff, and More',
          ],
          year: ['2024'],
        },
      ],
      ['quokka', { venue: ['Workshop on Quokkas 6', 'Nature Medicine'] }],
      ['', { theme: ['clinical-nlp'] }],
      ['', { code: ['yes'], year: ['2023'] }],
    ])('every count for "%s" with %j equals the brute-force count', async (q, chosen) => {
      const { page, errors, close } = await open(searchUrl(q, chosen));
      const shown = await shownCounts(page);
      const truth = await bruteForce(page, q, chosen);
      // The venue and code facets exist because the fixtures have them; the seed has none yet.
      expect(Object.keys(shown.counts).sort()).toEqual([...FACETS].sort());
      expect(shown.counts).toEqual(truth.counts);
      expect(shown.total).toBe(truth.total);
      expect(shown.urls.length).toBe(Math.min(truth.total, 20));
      for (const url of shown.urls) expect(truth.urls).toContain(url);
      // The counts are not all zero (the bug this replaces) whenever there are results.
      if (truth.total > 0) expect(Object.values(shown.counts.theme!).some((n) => n > 0)).toBe(true);
      expect(errors).toEqual([]);
      await close();
    });

    test('with no query and nothing chosen, the page asks for a query and counts the whole survey', async () => {
      const { page, close } = await open('search/');
      await expect.poll(() => page.locator('[data-status]').textContent()).toBe('Type a query, or choose a filter.');
      await expect.poll(() => page.locator('[data-filters] [data-count]').count()).toBeGreaterThan(0);
      const counts = await page.locator('[data-filters] input[type="checkbox"]').evaluateAll((boxes) => {
        const out: Record<string, Record<string, number>> = {};
        for (const box of boxes as HTMLInputElement[])
          (out[box.name] ??= {})[box.value] = Number(
            box.parentElement!.querySelector('[data-count]')!.textContent!.replace(/[()]/g, ''),
          );
        return out;
      });
      expect(counts).toEqual((await bruteForce(page, '', {})).counts);
      expect(await page.locator('[data-results] li').count()).toBe(0);
      await close();
    });

    test('values within a facet combine with OR: ticking a second theme widens the results to the union', async () => {
      const { page, close } = await open(searchUrl('benchmark', {}));
      const before = await shownCounts(page);
      await page.locator('input[name="theme"][value="imaging"]').check();
      await expect
        .poll(() => page.locator('[data-status]').textContent())
        .toBe(`${before.counts.theme!.imaging} papers for “benchmark” with the chosen filters.`);
      const imagingOnly = await shownCounts(page);
      // The theme counts do not shrink when a theme is ticked: each still says what choosing it gives.
      expect(imagingOnly.counts.theme).toEqual(before.counts.theme);
      await page.locator('input[name="theme"][value="alignment"]').check();
      await expect.poll(() => page.url()).toMatch(/theme=imaging&theme=alignment/);
      const both = await shownCounts(page);
      const truth = await bruteForce(page, 'benchmark', { theme: ['imaging', 'alignment'] });
      expect(both.total).toBe(truth.total);
      expect(both.total).toBeGreaterThan(imagingOnly.total);
      expect(both.total).toBeLessThanOrEqual(before.counts.theme!.imaging! + before.counts.theme!.alignment!);
      const badges = await page
        .locator('[data-results] li')
        .evaluateAll((items) =>
          items.map((item) => [...item.querySelectorAll('.badge')].map((badge) => badge.textContent)),
        );
      for (const themes of badges)
        expect(themes.some((name) => name === 'Imaging & signals' || name === 'Alignment & trust')).toBe(true);
      await close();
    });

    test('a venue name with a colon or commas is one value, and choosing it finds exactly its paper', async () => {
      const venue = 'Journal of Things, Stuff, and More';
      const { page, close } = await open(searchUrl('', { venue: [venue] }));
      const shown = await shownCounts(page);
      expect(shown.total).toBe(1);
      expect(shown.urls).toEqual(['/survey/papers/fixture-search-comma/']);
      await close();
    });

    test('venues beyond the first eight fold away, and a chosen one among them is shown', async () => {
      const { page, close } = await open('search/');
      // The seed's venues (from the curators' export) and the fixtures' quokka workshops: more than eight.
      const all = (await bruteForce(page, '', {})).counts.venue ?? {};
      const venues = Object.keys(all).length;
      expect(venues, 'the build has more than eight venues').toBeGreaterThan(8);
      await expect.poll(() => page.locator('input[name="venue"]').count()).toBe(venues);
      const fold = page.locator('[data-filters] details.more-values');
      expect(await fold.locator('summary').textContent()).toBe(
        `${venues - 8} more venue${venues - 8 === 1 ? '' : 's'}`,
      );
      const folded = await fold
        .locator('input')
        .evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
      expect(folded).toHaveLength(venues - 8);
      expect(await fold.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
      const chosen = folded.at(-1)!;
      await page.goto(`${server.siteUrl}${searchUrl('', { venue: [chosen] })}`);
      const shown = await shownCounts(page);
      expect(shown.urls.sort()).toEqual((await bruteForce(page, '', { venue: [chosen] })).urls.sort());
      expect(
        await page.locator('[data-filters] details.more-values').evaluate((el) => (el as HTMLDetailsElement).open),
      ).toBe(true);
      expect(
        await page
          .locator('input[name="venue"]')
          .evaluateAll(
            (boxes, value) =>
              boxes
                .filter((box) => (box as HTMLInputElement).value === value)
                .map((box) => (box as HTMLInputElement).checked),
            chosen,
          ),
      ).toEqual([true]);
      await close();
    });

    test('zero results offer dropping a word, with counts that hold when followed', async () => {
      const { page, close } = await open(searchUrl('radiology report generation', {}));
      await expect.poll(() => page.locator('[data-way-on] a').count()).toBeGreaterThan(0);
      const offers = await page.locator('[data-way-on] li').allTextContents();
      expect(offers).toContainEqual(
        expect.stringMatching(/^Search “report generation” without “radiology”: \d+ papers?$/),
      );
      const link = page.locator('[data-way-on] a', { hasText: 'Search “report generation”' });
      const promised = Number((await link.locator('..').textContent())!.match(/(\d+) papers?$/)![1]);
      await link.click();
      await expect.poll(() => page.url()).toContain('q=report+generation');
      // The status still tells the old zero-result search until the new one has run: wait for the new query.
      await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/“report generation”/);
      const followed = await shownCounts(page);
      expect(followed.total).toBe(promised);
      expect(followed.total).toBe((await bruteForce(page, 'report generation', {})).total);
      await close();
    });

    test('zero results offer dropping a filter', async () => {
      const { page, close } = await open(searchUrl('zebrafish', { year: ['2017'] }));
      await expect
        .poll(() => page.locator('[data-way-on] li').allTextContents())
        .toContainEqual(expect.stringMatching(/^Remove the filter 2017: 5 papers$/));
      await close();
    });

    test("zero results suggest spellings from the index's own words, loaded only then", async () => {
      const { page, close } = await open(searchUrl('zebrafish', {}));
      await shownCounts(page);
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.locator('#search-query').fill('zebrafsh');
      await expect
        .poll(() => page.locator('[data-way-on] li').allTextContents())
        .toContainEqual('Search “zebrafish” (“zebrafish” for “zebrafsh”): 5 papers');
      expect(fetched.filter((url) => url.endsWith('/survey/search/terms.txt'))).toHaveLength(1);
      await close();
    });

    test('a page with results never fetches the term list', async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(request.url()));
      await page.goto(server.siteUrl + searchUrl('benchmark', {}));
      await shownCounts(page);
      expect(fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
      expect(fetched.filter((url) => url.includes('terms.txt'))).toEqual([]);
      await context.close();
    });
  },
  { extraPapers: FIXTURES },
);
