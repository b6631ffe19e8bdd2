import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { tablePapers, writeTablePapers } from '../build/helpers/table-papers.ts';
import { getTheme } from '../../src/lib/themes.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// The papers table in Chromium, under the site's real CSP, with and without JavaScript: the seed
// plus 40 generated papers (104 rows, two server pages), built under /survey/.
describeInBrowser(
  'the papers table in Chromium',
  (fixture) => {
    let site: BuiltSite;
    let server: StaticServer;
    let browser: Browser;
    /** Every row as the server pages list it, without JavaScript: the independent reference. */
    let serverRows: Array<{ title: string; theme: string; year: string; venue: string; authors: string }>;
    beforeAll(async () => {
      ({ site, server, browser } = fixture());
      const { page, close } = await open('papers/', { javaScript: false });
      serverRows = await rows(page);
      await page.goto(`${server.siteUrl}papers/page/2/`);
      serverRows.push(...(await rows(page)));
      await close();
    });

    async function open(
      path: string,
      options: { javaScript?: boolean; width?: number; scheme?: 'light' | 'dark' } = {},
    ) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        javaScriptEnabled: options.javaScript ?? true,
        colorScheme: options.scheme ?? 'light',
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

    const rows = (page: Page) =>
      page.locator('[data-table-body] tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          title: tr.querySelector('.col-title')!.textContent!.trim(),
          theme: tr.querySelector('.col-theme')!.textContent!.trim(),
          year: tr.querySelector('.col-year')!.textContent!.trim(),
          venue: tr.querySelector('.col-venue')!.textContent!.trim(),
          authors: tr.querySelector('.col-authors')!.textContent!.trim(),
        })),
      );
    const titles = async (page: Page) => (await rows(page)).map((row) => row.title);
    const query = (page: Page) => new URL(page.url()).search;
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

    test('without JavaScript: the full table in date order, no dead controls, a note, and plain page links', async () => {
      const { page, close } = await open('papers/?sort=title&dir=asc', { javaScript: false });
      expect(serverRows).toHaveLength(104);
      expect(await titles(page), 'a state in the URL needs JavaScript; the server order stays').toEqual(
        serverRows.slice(0, 100).map((row) => row.title),
      );
      expect(await page.locator('[data-table-controls]').isVisible()).toBe(false);
      expect(await page.locator('.sort-button').first().isVisible()).toBe(false);
      expect(await page.locator('.select-toggle').first().isVisible()).toBe(false);
      // A plain link: wait for the navigation it starts (under load, the click returns before it ends).
      await Promise.all([
        page.waitForURL('**/survey/papers/page/2/'),
        page.locator('[data-table-pager] a', { hasText: 'Next' }).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe('/survey/papers/page/2/');
      expect(await titles(page)).toEqual(serverRows.slice(100).map((row) => row.title));
      await close();
    });

    test('loads nothing more until used; sorting by title fetches the index once, sorts all papers and says so in the URL', async () => {
      const { page, errors, fetched, close } = await open('papers/');
      expect(fetched.filter((url) => url.endsWith('/table.json'))).toEqual([]);
      await page.getByRole('button', { name: 'Title' }).click();
      await expect.poll(() => query(page)).toBe('?sort=title');
      const expected = serverRows.map((row) => row.title).sort(collator.compare);
      await expect.poll(() => titles(page)).toEqual(expected.slice(0, 100));
      expect(await page.locator('th[data-sort="title"]').getAttribute('aria-sort')).toBe('ascending');
      await page.getByRole('button', { name: 'Title' }).click();
      await expect.poll(() => query(page)).toBe('?sort=title&dir=desc');
      await expect.poll(() => titles(page)).toEqual([...expected].reverse().slice(0, 100));
      expect(fetched.filter((url) => url.endsWith('/survey/papers/table.json'))).toHaveLength(1);
      expect(errors).toEqual([]);
      await close();
    });

    test('filters by words as you type, over every paper (also those on the second server page)', async () => {
      const { page, errors, close } = await open('papers/');
      const onPageTwo = serverRows.at(-2)!.title;
      await page.locator('#table-q').pressSequentially(onPageTwo);
      await expect.poll(() => titles(page)).toContain(onPageTwo);
      const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const words = fold(onPageTwo).split(/\s+/).filter(Boolean);
      const matching = serverRows.filter((row) =>
        words.every((word) => fold(`${row.title} ${row.authors} ${row.venue}`).includes(word)),
      );
      expect((await titles(page)).sort()).toEqual(matching.map((row) => row.title).sort());
      expect(new URL(page.url()).searchParams.get('q')).toBe(onPageTwo.trim());
      expect(errors).toEqual([]);
      await close();
    });

    test('filters by theme and year, keeps the state in the URL, and Back restores the previous view', async () => {
      const { page, errors, close } = await open('papers/');
      await page.selectOption('#table-theme', 'imaging');
      await expect.poll(() => query(page)).toBe('?theme=imaging');
      const imagingName = getTheme('imaging').name;
      const imaging = serverRows.filter((row) => row.theme === imagingName);
      await expect
        .poll(async () => (await rows(page)).map((row) => row.title))
        .toEqual(imaging.map((row) => row.title));
      await page.selectOption('#table-year', '2024');
      await expect.poll(() => query(page)).toBe('?theme=imaging&year=2024');
      await expect
        .poll(async () => (await rows(page)).map((row) => row.title))
        .toEqual(imaging.filter((row) => row.year === '2024').map((row) => row.title));
      await page.goBack();
      await expect.poll(() => query(page)).toBe('?theme=imaging');
      await expect.poll(() => page.inputValue('#table-year')).toBe('');
      await expect.poll(async () => (await rows(page)).length).toBe(imaging.length);
      await page.goBack();
      await expect.poll(() => query(page)).toBe('');
      await expect.poll(() => titles(page)).toEqual(serverRows.slice(0, 100).map((row) => row.title));
      expect(errors).toEqual([]);
      await close();
    });

    test('a shared URL opens in its state: controls, order and rows', async () => {
      const { page, errors, close } = await open('papers/?sort=venue&dir=desc&year=2020');
      await expect.poll(() => page.inputValue('#table-year')).toBe('2020');
      const expected = serverRows.filter((row) => row.year === '2020');
      await expect.poll(async () => (await rows(page)).length).toBe(expected.length);
      const venues = (await rows(page)).map((row) => row.venue);
      const named = venues.filter(Boolean);
      expect(venues.slice(0, named.length), 'papers with a venue first').toEqual(named);
      expect(named).toEqual([...named].sort(collator.compare).reverse());
      expect(await page.locator('th[data-sort="venue"]').getAttribute('aria-sort')).toBe('descending');
      expect(errors).toEqual([]);
      await close();
    });

    test('pages in the browser: page 2 of a sort holds the rest, and the keyboard reaches the sort buttons', async () => {
      const { page, errors, close } = await open('papers/?sort=title');
      await expect.poll(() => titles(page)).toHaveLength(100);
      await page.locator('[data-table-pager] a', { hasText: '2' }).click();
      await expect.poll(() => query(page)).toBe('?sort=title&page=2');
      const expected = serverRows.map((row) => row.title).sort(collator.compare);
      await expect.poll(() => titles(page)).toEqual(expected.slice(100));
      await page.locator('.sort-button[data-sort="year"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => query(page), { message: 'newest first is the default: the plain URL' }).toBe('');
      await expect.poll(() => page.locator('th[data-sort="year"]').getAttribute('aria-sort')).toBe('descending');
      await expect.poll(() => titles(page)).toEqual(serverRows.slice(0, 100).map((row) => row.title));
      expect(errors).toEqual([]);
      await close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        test(`axe finds no violations on the sorted and filtered table at ${width}px, ${scheme}`, async () => {
          const { page, errors, close } = await open('papers/?sort=authors&theme=imaging', { width, scheme });
          await expect.poll(() => page.locator('th[data-sort="authors"]').getAttribute('aria-sort')).toBe('ascending');
          await page.evaluate(axe.source);
          const { violations } = await page.evaluate(() =>
            (window as unknown as { axe: typeof axe }).axe.run(document),
          );
          expect(
            violations.map(
              (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
          expect(errors).toEqual([]);
          await close();
        });
      }
    }

    test('the index the browser fetched is the one the build wrote', () => {
      const index = JSON.parse(readFileSync(join(site.dist, 'papers/table.json'), 'utf8'));
      expect(index.rows.map((row: string[]) => row[1])).toEqual(serverRows.map((row) => row.title));
    });
  },
  { prepare: async (root) => void (await writeTablePapers(tablePapers(40), join(root, 'content/papers'))) },
);
