import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildSite, type BuiltSite } from '../../build/helpers/build-site.ts';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../../scripts/lib/static-server.ts';

/** What a browser suite's tests use: the built site, its server and Debian's Chromium. */
export interface BrowserFixture {
  site: BuiltSite;
  server: StaticServer;
  browser: Browser;
}

/**
 * A describe block that builds the site once (under `/survey/`, the way GitHub Pages serves it),
 * with any extra entry files (`extraPapers`, a folder of `<theme>/<slug>.mdx`), serves it and
 * launches Chromium. Without Chromium it is skipped loudly on a developer's machine and fails in CI,
 * where `.ci/run` must have installed it.
 */
export function describeInBrowser(
  name: string,
  body: (fixture: () => BrowserFixture) => void,
  options: { base?: string; extraPapers?: string; prepare?: (root: string) => Promise<void> } = {},
): void {
  const missing = !hasChromium();
  if (missing && !process.env.CI)
    console.warn(
      `\n⚠⚠⚠ SKIPPED "${name}": browser tests need Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium). CI fails instead.\n`,
    );
  describe.skipIf(missing && !process.env.CI)(name, () => {
    let fixture: BrowserFixture | undefined;
    const parts: Partial<BrowserFixture> = {};
    beforeAll(async () => {
      if (missing)
        throw new Error(
          `Chromium is missing at ${CHROMIUM_PATH}: .ci/run must install it (apt-get install -y chromium).`,
        );
      parts.site = await buildSite({
        base: options.base ?? '/survey/',
        extraPapers: options.extraPapers,
        prepare: options.prepare,
      });
      parts.server = await serveStatic(parts.site.dist, parts.site.base);
      parts.browser = await launchChromium();
      fixture = parts as BrowserFixture;
    });
    afterAll(async () => {
      await parts.browser?.close();
      await parts.server?.close();
      await parts.site?.cleanup();
    });
    body(() => {
      if (!fixture) throw new Error('the browser fixture is not ready (beforeAll failed)');
      return fixture;
    });
  });
}
