import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from './helpers/static-server.ts';

// Search end to end: a real build (Pagefind indexes it in the build), served under a base path,
// driven in Debian's Chromium under the site's real Content-Security-Policy.
describeInBrowser('search in Chromium', (fixture) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(() => void ({ site, server, browser } = fixture()));

  /** Opens a page and collects console errors (a CSP violation is one) and the URLs it fetched. */
  async function open(path: string, options: { javaScript?: boolean } = {}) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: options.javaScript ?? true });
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
    const first = page.locator('#site-search-results li a').first();
    await expect.poll(() => first.textContent()).toMatch(/^GatorTron: A Large Clinical Language Model/);
    expect(await first.getAttribute('href')).toBe('/survey/papers/gatortron/');
    expect(fetched.some((url) => url.endsWith('/survey/pagefind/pagefind.js'))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test('"/" focuses the header box from anywhere on the page', async () => {
    const { page, close } = await open('');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
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
  ] as const)('filtering "%s" to imaging shows only imaging papers (%s the unfiltered count)', async (query, compare) => {
    const { page, close } = await open(`search/?q=${query}`);
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    const unfiltered = Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0]);
    await page.locator('input[name="theme"][value="imaging"]').check();
    await expect.poll(() => page.url()).toContain('theme=imaging');
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain('with the chosen filters');
    const filtered = Number((await page.locator('[data-status]').textContent())?.match(/\d+/)?.[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered)[compare](unfiltered);
    const badges = await page.locator('[data-results] li').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.badge')].map((badge) => badge.textContent)));
    expect(badges.length).toBeGreaterThan(0);
    for (const themes of badges) expect(themes).toContain('Imaging & signals');
    await close();
  });

  test('sorting by newest orders the results by date, and Back restores the previous order', async () => {
    const { page, close } = await open('search/?q=clinical');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(5);
    const relevance = await resultTitles(page);
    await page.selectOption('#search-sort', 'newest');
    await expect.poll(() => page.url()).toContain('sort=newest');
    await expect.poll(async () => { const now = await resultTitles(page); return now.length === relevance.length && now.join() !== relevance.join(); }).toBe(true);
    const dates = await page.locator('[data-results] li time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
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
    // Tab to the imaging filter and tick it with the space bar.
    for (let i = 0; i < 30 && (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)) !== 'imaging'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('theme=imaging');
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.closest('[data-results]') !== null)); i++) await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    expect(page.url()).toMatch(/\/survey\/papers\/[a-z0-9-]+\/$/);
    await close();
  });

  test('axe reports no violations on the search page with results shown', async () => {
    const { page, close } = await open('search/?q=segmentation&theme=imaging');
    await expect.poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    await page.evaluate(axe.source); // evaluated by the test harness: the page's CSP rightly forbids inline scripts
    const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }));
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await close();
  });

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
