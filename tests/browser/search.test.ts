import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// Search end to end: a real build (Pagefind indexes it in the build), served under a base path,
// driven in Debian's Chromium under the site's real Content-Security-Policy.
describeInBrowser('search in Chromium', (fixture) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(() => void ({ site, server, browser } = fixture()));

  /** Opens a page and collects console errors (a CSP violation is one) and the URLs it fetched. */
  async function open(path: string, options: { javaScript?: boolean } = {}) {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    const fetched: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto(server.siteUrl + path, { waitUntil: 'load' });
    return { page, errors, fetched, close: () => context.close() };
  }

  const resultTitles = (page: Page) => page.locator('[data-results] li h2').allTextContents();

  test('the header box loads nothing until used, then shows GatorTron first for "GatorTron"', async () => {
    const { page, errors, fetched, close } = await open('papers/rad/');
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('#site-search').pressSequentially('GatorTron');
    const first = page.locator('#site-search-listbox [role="option"]').first();
    await expect
      .poll(() => first.locator('strong').textContent())
      .toMatch(/^GatorTron: A Large Clinical Language Model/);
    expect(await first.getAttribute('data-href')).toBe('/survey/papers/gatortron/');
    expect(fetched.some((url) => url.endsWith('/survey/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('"/" focuses the header box from anywhere on the page, and the page\'s own box on the search page', async () => {
    const { page, close } = await open('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.goto(`${server.siteUrl}search/?q=brain`);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    expect(await page.locator('#site-search').isVisible()).toBe(false);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await close();
  });

  test('/search/?q=GatorTron restores the query and shows its results on load', async () => {
    const { page, errors, close } = await open('search/?q=GatorTron');
    await expect.poll(() => resultTitles(page)).toContainEqual(expect.stringMatching(/^GatorTron:/));
    expect(await page.inputValue('#search-query')).toBe('GatorTron');
    expect((await resultTitles(page))[0]).toMatch(/^GatorTron:/);
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/papers? for “GatorTron”/);
    expect(errors).toEqual([]);
    await close();
  });

  // In the seed every paper that mentions segmentation is an imaging paper, so the filter cannot
  // shrink that list; "model" spans all themes and shows that it does shrink a mixed one.
  test.each([
    ['segmentation', 'toBeLessThanOrEqual'],
    ['model', 'toBeLessThan'],
  ] as const)(
    'filtering "%s" to imaging shows only imaging papers (%s the unfiltered count)',
    async (query, compare) => {
      const { page, close } = await open(`search/?q=${query}`);
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
      const unfiltered = Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0]);
      await page.locator('input[name="theme"][value="imaging"]').check();
      await expect.poll(() => page.url()).toContain('theme=imaging');
      await expect.poll(() => page.locator('[data-status]').textContent()).toContain('with the chosen filters');
      const filtered = Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0]);
      expect(filtered).toBeGreaterThan(0);
      expect(filtered)[compare](unfiltered);
      const badges = await page
        .locator('[data-results] li')
        .evaluateAll((items) =>
          items.map((item) => [...item.querySelectorAll('.badge')].map((badge) => badge.textContent)),
        );
      expect(badges.length).toBeGreaterThan(0);
      for (const themes of badges) expect(themes).toContain('Imaging & signals');
      await close();
    },
  );

  test('"Show more results" appends the next results and moves focus to the first of them', async () => {
    const { page, close } = await open('search/?q=clinical');
    await expect.poll(async () => (await resultTitles(page)).length).toBe(20);
    const total = Number((await page.locator('[data-status]').textContent())!.match(/^\d+/)![0]);
    expect(total).toBeGreaterThan(20);
    await page.locator('[data-more]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await resultTitles(page)).length).toBe(Math.min(total, 40));
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe((await resultTitles(page))[20]);
    await close();
  });

  test('typing on after a pause keeps the space between words', async () => {
    const { page, close } = await open('search/');
    await page.locator('#search-query').focus();
    await page.keyboard.type('report ');
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/for “report”/);
    await page.keyboard.type('generation');
    expect(await page.inputValue('#search-query')).toBe('report generation');
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/for “report generation”/);
    await close();
  });

  test('sorting by newest orders the results by date, and Back restores the previous order', async () => {
    const { page, close } = await open('search/?q=clinical');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(5);
    const relevance = await resultTitles(page);
    await page.selectOption('#search-sort', 'newest');
    await expect.poll(() => page.url()).toContain('sort=newest');
    await expect
      .poll(async () => {
        const now = await resultTitles(page);
        return now.length === relevance.length && now.join() !== relevance.join();
      })
      .toBe(true);
    const dates = await page
      .locator('[data-results] li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(dates.length).toBeGreaterThan(5);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.goBack();
    await expect.poll(() => resultTitles(page)).toEqual(relevance);
    await close();
  });

  test('the keyboard alone can search, filter and open a result', async () => {
    const { page, close } = await open('search/');
    await page.locator('#search-query').focus();
    await page.keyboard.type('brain');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    // Tab past the results to the imaging filter and tick it with the space bar.
    for (
      let i = 0;
      i < 80 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)) !== 'imaging';
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('theme=imaging');
    await page.locator('#search-query').focus();
    for (
      let i = 0;
      i < 10 && !(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null));
      i++
    )
      await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(page.url()).toMatch(/\/survey\/papers\/[a-z0-9-]+\/$/);
    await close();
  });

  test('from the top of the search page, the first result is at most 10 Tab stops away (it was 14)', async () => {
    const { page, close } = await open('search/?q=benchmark');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    const stops: string[] = [];
    for (
      let i = 0;
      i < 30 && !(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null));
      i++
    ) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement!;
          return `${el.tagName.toLowerCase()} ${el.id || el.getAttribute('href') || el.textContent?.trim().slice(0, 20)}`;
        }),
      );
    }
    expect(stops.at(-1)).toMatch(/^a \/survey\/papers\//);
    console.info(`[tab stops] ${stops.length} to the first result: ${stops.join(' → ')}`);
    expect(stops.length, stops.join(' → ')).toBeLessThanOrEqual(10);
    await close();
  });

  test('on a phone the results come first and the filters fold away; on a wide screen they sit at the side', async () => {
    for (const [width, open_] of [
      [375, false],
      [1280, true],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${server.siteUrl}search/?q=benchmark`);
      await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
      const panel = page.locator('[data-filters-panel]');
      expect(await panel.evaluate((el) => (el as HTMLDetailsElement).open), `${width}px`).toBe(open_);
      const results = (await page.locator('[data-results]').boundingBox())!;
      const filters = (await panel.boundingBox())!;
      if (width === 375) {
        expect(results.y, 'results above the filters').toBeLessThan(filters.y);
        expect(await page.locator('input[name="theme"]').first().isVisible()).toBe(false);
        // A button above the results opens the folded filters and takes focus there.
        await page.locator('[data-filters-jump]').click();
        expect(await page.locator('input[name="theme"]').first().isVisible()).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      } else {
        expect(filters.x, 'filters right of the results').toBeGreaterThanOrEqual(results.x + results.width);
        expect(Math.abs(filters.y - results.y), 'side by side').toBeLessThan(120);
        expect(await page.locator('input[name="theme"]').first().isVisible()).toBe(true);
        expect(await page.locator('[data-filters-jump]').isVisible()).toBe(false);
      }
      await context.close();
    }
  });

  test('the typeahead is a combobox: ArrowDown enters the results, Up/Down move, Escape closes, Enter opens', async () => {
    const { page, errors, close } = await open('about/');
    const input = page.locator('#site-search');
    await input.focus();
    await page.keyboard.type('clinical');
    const options = page.locator('#site-search-listbox [role="option"]');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const active = () => input.getAttribute('aria-activedescendant');
    const selected = () =>
      options.evaluateAll((all) => all.map((o) => o.getAttribute('aria-selected')).indexOf('true'));
    expect(await active()).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await active()).toBe(await options.nth(0).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toBe(2);
    await page.keyboard.press('ArrowUp');
    expect(await active()).toBe(await options.nth(1).getAttribute('id'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search-results').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await active()).toBeNull();
    expect(await input.inputValue()).toBe('clinical');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await selected()).toBe(0);
    await page.keyboard.press('ArrowDown');
    const target = await options.nth(1).getAttribute('data-href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.origin}${target}`);
    expect(errors).toEqual([]);
    await close();
  });

  test('Escape twice clears the box; Enter without a chosen option submits the query to the search page', async () => {
    const { page, close } = await open('about/');
    await page.locator('#site-search').focus();
    await page.keyboard.type('sepsis');
    await expect.poll(() => page.locator('#site-search-results').isVisible()).toBe(true);
    // The first Escape closes the list, a second one clears the box.
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search').inputValue()).toBe('sepsis');
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search').inputValue()).toBe('');
    await page.keyboard.type('sepsis');
    await expect.poll(() => page.locator('#site-search-results').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/survey\/search\/\?q=sepsis$/);
    await close();
  });

  test('the search page is valid where the checker failed: its script is inside the body', () => {
    const html = readFileSync(join(site.dist, 'search/index.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html.slice(html.indexOf('</body>'))).not.toContain('<script');
  });

  /** Runs axe on the page as it is now; the harness evaluates axe (the page's CSP forbids inline scripts). */
  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    const result = await page.evaluate(() =>
      (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
    );
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe reports no violations on the search page with results, filters and ways on, at ${width}px, ${colorScheme}`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.siteUrl}search/?q=segmentation&theme=imaging`);
        await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
        if (width === 375) await page.locator('[data-filters-panel] > summary').click();
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(`${server.siteUrl}search/?q=radiology+report+generation`);
        await expect.poll(() => page.locator('[data-way-on] a').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
      test(`axe reports no violations with the typeahead open and an option active, at ${width}px, ${colorScheme}`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.siteUrl}about/`);
        await page.locator('#site-search').focus();
        await page.keyboard.type('clinical');
        await expect.poll(() => page.locator('#site-search-listbox [role="option"]').count()).toBeGreaterThan(0);
        await page.keyboard.press('ArrowDown');
        expect(await axeViolations(page)).toEqual([]);
        await context.close();
      });
    }
  }

  test('without JavaScript, the page says so and links to the lists; the header box is a plain form', async () => {
    const { page, close } = await open('search/?q=GatorTron', { javaScript: false });
    const notice = page.locator('noscript .notice, .notice').first();
    expect(await notice.textContent()).toContain('needs JavaScript');
    expect(await page.locator('a[href="/survey/papers/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/survey/themes/imaging/"]').count()).toBeGreaterThan(0);
    const form = page.locator('form[data-search-box]');
    expect(await form.getAttribute('action')).toBe('/survey/search/');
    expect(await form.getAttribute('method')).toBe('get');
    await close();
  });
});
