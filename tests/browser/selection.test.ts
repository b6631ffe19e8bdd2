import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// Selections end to end in Chromium under the real CSP: tick papers on a theme page, in the table,
// on a paper page and in search results, share the selection as a URL, and export it; the export
// is read by an independent BibTeX parser and compared with each paper's own cite.bib.
describeInBrowser('selections in Chromium', (fixture) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(() => void ({ site, server, browser } = fixture()));

  async function open(context: BrowserContext, path: string) {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.siteUrl + path, { waitUntil: 'load' });
    return { page, errors };
  }

  const toggle = (page: Page, slug: string) =>
    page.locator(`button.select-toggle[data-select-paper="${slug}"]`).first();
  const stored = (page: Page) =>
    page.evaluate(() => JSON.parse(localStorage.getItem('survey-selection:/survey/') ?? '[]') as string[]);
  const listed = (page: Page) =>
    page
      .locator('[data-selection-list] li a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)));
  const bib = (text: string) => parseBibtex(text, { english: false, caseProtection: false });
  const citeFile = (slug: string, file: string) => readFileSync(join(site.dist, 'papers', slug, file), 'utf8');
  /** The slugs of a theme page's first papers, as its list shows them. */
  const themeSlugs = (page: Page) =>
    page
      .locator('.item-title a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)!));

  test('without JavaScript no toggle shows, and the selection page says it needs JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const { page } = await open(context, 'themes/imaging/');
    expect(await page.locator('button.select-toggle').count()).toBeGreaterThan(0);
    expect(await page.locator('button.select-toggle:visible').count()).toBe(0);
    await page.goto(`${server.siteUrl}selection/`);
    expect(await page.locator('noscript').textContent()).toMatch(/need JavaScript/);
    expect(await page.locator('[data-selection-page]').isVisible()).toBe(false);
    await context.close();
  });

  test('ticks on a theme page, the table, a paper page and search results gather in one selection, shared by URL and exported', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const { page, errors } = await open(context, 'themes/imaging/');
    const [a, b] = (await themeSlugs(page)).slice(0, 2) as [string, string];
    await toggle(page, a).click();
    await toggle(page, b).click();
    await expect.poll(() => toggle(page, a).getAttribute('aria-pressed')).toBe('true');
    expect(await toggle(page, b).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.locator('#selection-bar').textContent()).toMatch(/^2 selected/);
    await toggle(page, b).click();
    await expect.poll(() => toggle(page, b).getAttribute('aria-pressed')).toBe('false');
    await toggle(page, b).click();

    await page.goto(`${server.siteUrl}papers/`);
    const c = (
      await page
        .locator('[data-table-body] .col-title a')
        .evaluateAll((links) => links.map((l) => new URL((l as HTMLAnchorElement).href).pathname.split('/').at(-2)!))
    ).find((slug) => slug !== a && slug !== b)!;
    await expect
      .poll(() => toggle(page, a).getAttribute('aria-pressed'), {
        message: 'the table shows what was ticked elsewhere',
      })
      .toBe('true');
    await toggle(page, c).click();
    await expect.poll(() => toggle(page, c).getAttribute('aria-pressed')).toBe('true');

    await page.goto(`${server.siteUrl}papers/gatortron/`);
    await toggle(page, 'gatortron').click();
    await expect.poll(() => toggle(page, 'gatortron').getAttribute('aria-pressed')).toBe('true');

    // Search results are drawn by the search script after load; any toggle that follows the shared
    // contract is handled, so one is added here the way a result adds it.
    await page.goto(`${server.siteUrl}search/?q=radiology`);
    await page.evaluate(() => {
      const button = Object.assign(document.createElement('button'), {
        type: 'button',
        className: 'select-toggle',
        textContent: 'Select',
      });
      Object.assign(button.dataset, { selectPaper: 'rad', selectTitle: 'RAD' });
      button.setAttribute('aria-pressed', 'false');
      document.querySelector('main')!.append(button);
    });
    await expect.poll(() => page.locator('button[data-select-paper="rad"]').isVisible()).toBe(true);
    await page.locator('button[data-select-paper="rad"]').click();
    await expect.poll(() => stored(page)).toEqual([a, b, c, 'gatortron', 'rad']);

    await page.goto(`${server.siteUrl}selection/`);
    await expect.poll(() => listed(page)).toEqual([a, b, c, 'gatortron', 'rad']);
    const shareUrl = await page.inputValue('#selection-url');
    expect(shareUrl).toBe(`${server.siteUrl}selection/?p=${[a, b, c, 'gatortron', 'rad'].join(',')}`);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'BibTeX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('selection.bib');
    const exported = bib(readFileSync((await file.path())!, 'utf8'));
    expect(exported.errors).toEqual([]);
    const expectedKeys = [a, b, c, 'gatortron', 'rad'].flatMap((slug) =>
      bib(citeFile(slug, 'cite.bib')).entries.map((entry) => entry.key),
    );
    expect(exported.entries.map((entry) => entry.key)).toEqual(expectedKeys);
    expect(exported.entries.find((entry) => entry.key === 'survey-gatortron')?.fields.url).toBe(
      `https://example.org/survey/papers/gatortron/`,
    );

    const risDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'RIS' }).click();
    const ris = readFileSync((await (await risDownload).path())!, 'utf8');
    expect(ris).toBe([a, b, c, 'gatortron', 'rad'].map((slug) => citeFile(slug, 'cite.ris')).join(''));
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(5);
    await expect.poll(() => page.locator('[data-selection-status]').textContent()).toMatch(/Exported 5 papers as RIS/);

    if (existsSync(join(site.dist, 'papers/gatortron/cite.json'))) {
      const jsonDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'CSL-JSON' }).click();
      const items = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
      expect(items).toEqual(
        [a, b, c, 'gatortron', 'rad'].flatMap((slug) => [JSON.parse(citeFile(slug, 'cite.json'))].flat()),
      );
    } else {
      console.warn(
        '⚠ cite.json is not built on this branch yet (the cite engineer adds it): CSL-JSON export checked only for its failure message.',
      );
      await page.getByRole('button', { name: 'CSL-JSON' }).click();
      await expect
        .poll(() => page.locator('[data-selection-status]').textContent())
        .toMatch(/^Export failed: cite\.json of .* could not be fetched \(HTTP 404\)\. Nothing was downloaded\.$/);
      errors.splice(0, errors.length, ...errors.filter((text) => !/404/.test(text)));
    }
    expect(errors).toEqual([]);

    // The shared URL, opened by someone else (a fresh browser profile), shows the same papers.
    const other = await browser.newContext();
    const { page: theirs, errors: theirErrors } = await open(other, shareUrl.slice(server.siteUrl.length));
    await expect.poll(() => listed(theirs)).toEqual([a, b, c, 'gatortron', 'rad']);
    expect(await theirs.locator('[data-selection-shared]').isVisible()).toBe(true);
    expect(await stored(theirs)).toEqual([]);
    await theirs.getByRole('button', { name: 'Add them to your selection' }).click();
    await expect.poll(() => stored(theirs)).toEqual([a, b, c, 'gatortron', 'rad']);
    expect(theirErrors).toEqual([]);
    await other.close();
    await context.close();
  });

  test('a shared URL naming a paper that is not in the survey lists it as such and leaves it out', async () => {
    const context = await browser.newContext();
    const { page, errors } = await open(context, 'selection/?p=gatortron,no-such-paper');
    await expect.poll(() => listed(page)).toEqual(['gatortron']);
    expect(await page.locator('[data-selection-list] li.muted').textContent()).toMatch(
      /“no-such-paper” is not in the survey/,
    );
    expect(await page.inputValue('#selection-url')).toBe(`${server.siteUrl}selection/?p=gatortron`);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds no violations on the selection page and on a page with the selection bar at ${width}px, ${scheme}`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const { page, errors } = await open(context, 'papers/gatortron/');
        await toggle(page, 'gatortron').click();
        await expect.poll(() => page.locator('#selection-bar').isVisible()).toBe(true);
        for (const path of ['papers/gatortron/', 'selection/']) {
          await page.goto(server.siteUrl + path);
          if (path === 'selection/') await expect.poll(() => listed(page)).toEqual(['gatortron']);
          await page.evaluate(axe.source);
          const { violations } = await page.evaluate(() =>
            (window as unknown as { axe: typeof axe }).axe.run(document),
          );
          expect(
            violations.map(
              (violation) =>
                `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            ),
          ).toEqual([]);
        }
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
