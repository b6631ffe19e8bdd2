import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** What select-all and copy gives: the page's `document.body.innerText` in Debian's Chromium. */
export async function captureWithChromium(htmlFile: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'capture-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await context.newPage();
    // The page's <base> points at huggingface.co; nothing but the file itself may load.
    await page.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
    await page.goto(pathToFileURL(htmlFile).href);
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Chromium's version line, for the manifest. */
export function chromiumVersion(): string {
  return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
}
