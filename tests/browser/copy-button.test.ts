import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// The citation copy buttons in Debian's Chromium, under the site's real CSP (no inline script may
// run, so the button's script must be the external module) and under a base path.
describeInBrowser('copy buttons in Chromium', (fixture) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(() => void ({ site, server, browser } = fixture()));

  /** Opens a page in a fresh context that may use the clipboard, collecting console errors (a CSP violation is one). */
  async function open(
    path: string,
    options: { javaScript?: boolean } = {},
  ): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.siteUrl + path, { waitUntil: 'load' });
    return { page, context, errors };
  }

  test("clicking copy puts the paper's BibTeX on the clipboard, exactly as cite.bib starts", async () => {
    const { page, context, errors } = await open('papers/gatortron/');
    try {
      await page.getByRole('button', { name: "Copy the paper's BibTeX" }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^@article\{yang2022gatortron,\n {2}author = \{Yang, Xi and Chen, Aokun and /);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const download = readFileSync(join(site.dist, 'papers/gatortron/cite.bib'), 'utf8');
      expect(download.startsWith(`${copied}\n`)).toBe(true);
      // The paper's record names the paper; the survey page's URL belongs to the survey entry's record only.
      expect(copied).not.toContain('example.org');
      expect(await page.locator('[data-copy-status]').textContent()).toBe('Copied');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('each button copies its own citation: the survey entry BibTeX and the APA text', async () => {
    const { page, context } = await open('papers/gatortron/');
    try {
      await page.getByRole('button', { name: "Copy the survey entry's BibTeX" }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(/^@misc\{survey-gatortron,\n[\s\S]*\n\}$/);
      await page.getByRole('button', { name: 'Copy the APA citation' }).click();
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toMatch(
          /^Yang, X\., Chen, A\., .* & Wu, Y\. \(2022\)\. GatorTron: A Large Clinical Language Model.*\. Npj Digital Medicine\. https:\/\/doi\.org\/10\.1038\/s41746-022-00742-2$/,
        );
    } finally {
      await context.close();
    }
  });

  test('without JavaScript the buttons stay hidden, and the citations are still there to select', async () => {
    const { page, context } = await open('papers/gatortron/', { javaScript: false });
    try {
      expect(await page.locator('button[data-copy]').count()).toBe(3);
      expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
      expect(await page.locator('#cite-paper').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
