import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import type { BuiltSite } from '../build/helpers/build-site.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from './helpers/static-server.ts';

// Every page type, at phone and desktop width, in light and dark schemes, in Debian's Chromium.
// Built under a base path, so the pages are also checked the way GitHub Pages serves them.
const PAGES = [
  { type: 'overview', path: '' },
  { type: 'theme', path: 'themes/clinical-nlp/' },
  { type: 'all papers', path: 'papers/' },
  { type: 'paper', path: 'papers/rad/' },
  { type: 'paper with a long URL', path: 'papers/gatortron/' },
  { type: 'about', path: 'about/' },
  { type: '404', path: 'no-such-page/', status: 404 },
];
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'] as const;

describeInBrowser('pages in Chromium', (fixture) => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(() => void ({ site, server, browser } = fixture()));

  /** Opens a page, failing on a wrong status or any console error (a CSP violation is one). */
  async function open(context: BrowserContext, path: string, status = 200): Promise<Page> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(server.siteUrl + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(status);
    // A 404 page is reported by Chromium as a failed resource load; that is the point of it.
    expect(errors.filter((text) => !(status === 404 && /404/.test(text))), `${path}: console errors`).toEqual([]);
    return page;
  }

  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      test.each(PAGES)(`axe finds no violations on the $type page at ${width}px, ${scheme}`, async ({ path, status }) => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        try {
          const page = await open(context, path, status);
          // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on.
          await page.evaluate(axe.source);
          const { violations } = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
          const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(summary).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  test.each(PAGES)('the $type page fits a 320px screen without sideways scrolling', async ({ path, status }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const page = await open(context, path, status);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  test('the first Tab shows the skip link, which moves focus to the main content', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      const page = await open(context, 'papers/rad/');
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
      expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await context.close();
    }
  });

  test('print hides the header, navigation and footer', async () => {
    const context = await browser.newContext();
    try {
      const page = await open(context, 'papers/rad/');
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.pager']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator('.abstract').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
