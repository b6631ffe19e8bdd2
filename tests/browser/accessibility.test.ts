import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { tablePapers, writeTablePapers } from '../build/helpers/table-papers.ts';
import { describeInBrowser } from './helpers/browser-suite.ts';
import type { StaticServer } from '../../scripts/lib/static-server.ts';

// Every page type, at phone and desktop width, in light and dark schemes, in Debian's Chromium.
// Built under a base path, so the pages are also checked the way GitHub Pages serves them. 205
// generated papers make the alignment theme longer than a page, so its year links, pager and
// later pages are checked too.
const SPLIT_THEME_PAPERS = tablePapers(205).map((paper) => ({ ...paper, theme: 'alignment', secondaryThemes: [] }));
const PAGES = [
  { type: 'overview', path: '' },
  { type: 'theme', path: 'themes/clinical-nlp/' },
  { type: 'theme split into pages', path: 'themes/alignment/' },
  { type: 'later page of a theme', path: 'themes/alignment/page/2/' },
  { type: 'all papers', path: 'papers/' },
  { type: 'paper', path: 'papers/rad/' },
  { type: 'paper with a long URL', path: 'papers/gatortron/' },
  { type: 'about', path: 'about/' },
  { type: '404', path: 'no-such-page/', status: 404 },
];
const WIDTHS = [375, 1280];
// The system's scheme, and the reader's stored choice from the header's toggle (which pins the other one).
const SCHEMES = [
  { scheme: 'light', system: 'light', stored: undefined },
  { scheme: 'dark', system: 'dark', stored: undefined },
  { scheme: 'dark chosen on a light system', system: 'light', stored: 'dark' },
  { scheme: 'light chosen on a dark system', system: 'dark', stored: 'light' },
] as const;

describeInBrowser(
  'pages in Chromium',
  (fixture) => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(() => void ({ server, browser } = fixture()));

    /** Opens a page, failing on a wrong status or any console error (a CSP violation is one). */
    async function open(context: BrowserContext, path: string, status = 200): Promise<Page> {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(server.siteUrl + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(status);
      // A 404 page is reported by Chromium as a failed resource load; that is the point of it.
      expect(
        errors.filter((text) => !(status === 404 && /404/.test(text))),
        `${path}: console errors`,
      ).toEqual([]);
      return page;
    }

    /** A browser context with the system's scheme and, optionally, a stored choice of the toggle. */
    async function contextWith(options: {
      width: number;
      system: 'light' | 'dark';
      stored?: 'light' | 'dark';
      javaScriptEnabled?: boolean;
    }): Promise<BrowserContext> {
      const { width, system, stored, javaScriptEnabled = true } = options;
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: system,
        javaScriptEnabled,
      });
      if (stored) await context.addInitScript((choice) => localStorage.setItem('theme', choice), stored);
      return context;
    }

    for (const { scheme, system, stored } of SCHEMES) {
      for (const width of WIDTHS) {
        test.each(PAGES)(
          `axe finds no violations on the $type page at ${width}px, ${scheme}`,
          async ({ path, status }) => {
            const context = await contextWith({ width, system, stored });
            try {
              const page = await open(context, path, status);
              if (stored) expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(stored);
              // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays on.
              await page.evaluate(axe.source);
              const { violations } = await page.evaluate(() =>
                (window as unknown as { axe: typeof axe }).axe.run(document),
              );
              const summary = violations.map(
                (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
              );
              expect(summary).toEqual([]);
            } finally {
              await context.close();
            }
          },
        );
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

    /** The page's background colour as Chromium computes it. */
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    test('the theme toggle is a named toggle button that the keyboard reaches and switches', async () => {
      const context = await contextWith({ width: 1280, system: 'light' });
      try {
        const page = await open(context, 'about/');
        const toggle = page.getByRole('button', { name: 'Dark theme' });
        await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
        const light = await background(page);
        await toggle.focus();
        await page.keyboard.press('Space');
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(
          await page.evaluate(() => [document.documentElement.dataset.theme, localStorage.getItem('theme')]),
        ).toEqual(['dark', 'dark']);
        expect(await background(page)).not.toBe(light);
        await page.keyboard.press('Enter');
        // Back to the system's own scheme: the choice is forgotten and the page follows the system again.
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        expect(
          await page.evaluate(() => [document.documentElement.dataset.theme ?? null, localStorage.getItem('theme')]),
        ).toEqual([null, null]);
        expect(await background(page)).toBe(light);
      } finally {
        await context.close();
      }
    });

    test('a stored choice holds on the next page, applied by the blocking head script before the body is read', async () => {
      const context = await contextWith({ width: 375, system: 'light' });
      try {
        const first = await open(context, 'about/');
        const light = await background(first);
        await first.getByRole('button', { name: 'Dark theme' }).click();
        const dark = await background(first);
        expect(dark).not.toBe(light);
        // Every other script is blocked (the toggle's module among them): only the classic script in
        // <head> can pin the scheme now. Asset names are hashes, so it is found by its attribute.
        const headScript = await first.evaluate(
          () => document.querySelector<HTMLScriptElement>('head script[data-theme-init]')?.src,
        );
        expect(headScript, 'the head script is there').toBeTruthy();
        await context.route(/\/_astro\/.*\.js$/, (route) =>
          route.request().url() === headScript ? route.continue() : route.abort(),
        );
        const next = await context.newPage();
        await next.goto(`${server.siteUrl}papers/rad/`, { waitUntil: 'load' });
        expect(await background(next)).toBe(dark);
        const head = await next.evaluate(() => {
          const script = document.querySelector<HTMLScriptElement>('head script[data-theme-init]');
          const firstStylesheet = document.querySelector('head link[rel="stylesheet"]');
          return {
            classic: !!script && !script.async && !script.defer && script.type === '',
            beforeCss:
              !!script &&
              !!firstStylesheet &&
              !!(script.compareDocumentPosition(firstStylesheet) & Node.DOCUMENT_POSITION_FOLLOWING),
          };
        });
        expect(head).toEqual({ classic: true, beforeCss: true });
      } finally {
        await context.close();
      }
    });

    test('without JavaScript the toggle stays hidden and the system scheme applies', async () => {
      const context = await contextWith({ width: 1280, system: 'dark', javaScriptEnabled: false });
      try {
        const page = await open(context, 'about/');
        expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
        expect(await background(page)).toBe('rgb(17, 19, 24)');
      } finally {
        await context.close();
      }
    });

    test('the footer stays at the bottom of a short page', async () => {
      const context = await contextWith({ width: 1280, system: 'light' });
      try {
        const page = await open(context, 'no-such-page/', 404);
        const { footerBottom, viewport, scroll } = await page.evaluate(() => ({
          footerBottom: document.querySelector('.site-footer')!.getBoundingClientRect().bottom,
          viewport: window.innerHeight,
          scroll: document.documentElement.scrollHeight,
        }));
        expect(scroll, 'the 404 page is shorter than the screen').toBeLessThanOrEqual(viewport);
        expect(Math.round(footerBottom)).toBe(viewport);
      } finally {
        await context.close();
      }
    });

    test.each([
      { type: 'overview', path: '' },
      { type: 'theme', path: 'themes/imaging/' },
    ])('the $type page uses a 1280px screen with a side column, and stacks it on a phone', async ({ path }) => {
      const columns = async (width: number) => {
        const context = await contextWith({ width, system: 'light' });
        try {
          const page = await open(context, path);
          return await page.evaluate(() => {
            const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
            return {
              main: box('.page-main').toJSON() as DOMRect,
              aside: box('.page-aside').toJSON() as DOMRect,
              width: window.innerWidth,
            };
          });
        } finally {
          await context.close();
        }
      };
      const wide = await columns(1280);
      expect(wide.aside.left, 'the side column sits right of the main one').toBeGreaterThan(wide.main.right);
      expect(wide.aside.right / wide.width, 'content reaches across the screen').toBeGreaterThan(0.9);
      const phone = await columns(375);
      expect(phone.aside.right).toBeLessThanOrEqual(375);
      expect(phone.main.width).toBeGreaterThan(300);
      expect(Math.abs(phone.aside.left - phone.main.left), 'stacked, not side by side').toBeLessThan(1);
    });
  },
  { prepare: (root) => writeTablePapers(SPLIT_THEME_PAPERS, `${root}/content/papers`).then(() => undefined) },
);
