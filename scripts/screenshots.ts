/**
 * Screenshots of the built site for the README: the overview, a paper page, the papers table and a
 * search with facets, at phone and desktop width, taken with Debian's Chromium. Build first
 * (`npm run build`), then:
 *
 *   npx tsx scripts/screenshots.ts [paper-slug] [--dark] [--full]
 *
 * Serves `dist/` under SURVEY_BASE (as built) and writes PNGs to `docs/screenshots/`.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { surveyBase } from '../src/lib/site-env.ts';
import { hasChromium, launchChromium, CHROMIUM_PATH } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const VIEWPORTS = {
  phone: { width: 390, height: 844, deviceScaleFactor: 2 },
  desktop: { width: 1280, height: 900, deviceScaleFactor: 1 },
} as const;

async function main(args: string[]): Promise<number> {
  if (!hasChromium()) {
    console.error(`No Chromium at ${CHROMIUM_PATH}. Install it: apt-get install -y chromium`);
    return 1;
  }
  const dark = args.includes('--dark');
  const fullPage = args.includes('--full');
  const slug = args.find((arg) => !arg.startsWith('--')) ?? 'rad';
  const outDir = resolve('docs/screenshots');
  await mkdir(outDir, { recursive: true });
  const server = await serveStatic(resolve('dist'), surveyBase(process.env));
  const browser = await launchChromium();
  try {
    // The search shot waits for its results and facet counts, which Pagefind fills in after load.
    const pages = {
      overview: '',
      paper: `papers/${slug}/`,
      table: 'papers/',
      search: 'search/?q=benchmark&theme=benchmarks&theme=imaging',
    };
    for (const [name, path] of Object.entries(pages)) {
      for (const [device, viewport] of Object.entries(VIEWPORTS)) {
        const { width, height, deviceScaleFactor } = viewport;
        const context = await browser.newContext({
          viewport: { width, height },
          deviceScaleFactor,
          colorScheme: dark ? 'dark' : 'light',
        });
        const page = await context.newPage();
        const response = await page.goto(server.siteUrl + path, { waitUntil: 'load' });
        if (!response?.ok())
          throw new Error(`${server.siteUrl + path} answered ${response?.status()}: is dist/ built?`);
        if (name === 'search')
          await page.waitForFunction(
            () => /^\d+ papers?/.test(document.querySelector('[data-status]')?.textContent ?? ''),
            undefined,
            { timeout: 30_000 },
          );
        const file = join(outDir, `${name}-${device}${dark ? '-dark' : ''}${fullPage ? '-full' : ''}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
    return 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
