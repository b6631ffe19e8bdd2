/**
 * Search as a reader meets it, in headless Chromium: on a paper page, type into the header's search
 * box and time from the last keystroke to the results in the panel; count the bytes fetched for the
 * query as a static host serves them (text gzip-compressed; Pagefind's chunks and WebAssembly as they
 * are, already compressed). Each reader starts with an empty cache.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/static-server.ts';
import type { SearchQueries } from './search-queries.ts';
import { PROJECT } from './workspace.ts';

/** One query: how long until its results showed, what it fetched, how many papers matched. */
export interface QueryTiming {
  query: string;
  /** Keystroke to results, the search box's debounce included. */
  latencyMs: number;
  /** Bytes fetched from the focus of the box (first query) or the first keystroke (later ones). */
  bytes: number;
  requests: number;
  results: number;
  /** What was fetched: each response's path and served bytes. */
  files: Array<{ path: string; bytes: number }>;
}

/** The four cases the budgets speak of; `laterRare` holds several queries (report their median). */
export interface SearchTimings {
  firstCommon: QueryTiming;
  firstRare: QueryTiming;
  laterCommon: QueryTiming;
  laterRare: QueryTiming[];
}

/** The search box waits this long after the last keystroke before it searches (`src/scripts/search-typeahead.ts`). */
export const DEBOUNCE_MS = Number(
  /DEBOUNCE_MS = (\d+)/.exec(readFileSync(join(PROJECT, 'src/scripts/search-typeahead.ts'), 'utf8'))?.[1] ?? Number.NaN,
);

const COMPRESSED_BY_HOST = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** Serves `dist` and measures searches from the page at `pagePath`. */
export async function measureSearch(dist: string, pagePath: string, queries: SearchQueries): Promise<SearchTimings> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const url = new URL(pagePath.replace(/^\//, ''), server.siteUrl).href;
    const [reader, other] = [await openReader(browser, url), await openReader(browser, url)];
    const firstCommon = await search(reader, queries.common[0]);
    const laterRare = [];
    for (const query of queries.rare.slice(1)) laterRare.push(await search(reader, query));
    const laterCommon = await search(reader, queries.common[1]);
    const firstRare = await search(other, queries.rare[0]);
    return { firstCommon, firstRare, laterCommon, laterRare };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface Reader {
  page: Page;
  fetched: Array<Promise<{ path: string; bytes: number }>>;
}

async function openReader(browser: Browser, url: string): Promise<Reader> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url, { waitUntil: 'load' });
  const reader: Reader = { page, fetched: [] };
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname;
    reader.fetched.push(
      request.response().then(async (response) => ({
        path,
        bytes: servedBytes(path, response ? await response.body() : Buffer.alloc(0)),
      })),
    );
  });
  await page.evaluate(() => {
    const bench = { input: 0, renders: [] as Array<{ at: number; href: string; text: string }> };
    Object.assign(window, { bench });
    document.addEventListener('input', () => (bench.input = performance.now()), true);
    const panel = document.querySelector('#site-search-results')!;
    new MutationObserver(() => {
      const all = panel.querySelector<HTMLAnchorElement>(':scope > a:last-child');
      bench.renders.push({ at: performance.now(), href: all?.href ?? '', text: all?.textContent ?? '' });
    }).observe(panel, { childList: true });
  });
  return reader;
}

async function search({ page, fetched }: Reader, query: string): Promise<QueryTiming> {
  const input = page.locator('#site-search');
  if ((await input.inputValue()) !== '') await input.fill('');
  const before = fetched.length;
  await input.focus();
  await page.keyboard.type(query);
  const expected = `q=${encodeURIComponent(query)}`;
  const handle = await page.waitForFunction(
    (expected) => {
      const { input, renders } = (
        window as unknown as { bench: { input: number; renders: Array<{ at: number; href: string; text: string }> } }
      ).bench;
      const done = renders.find((render) => render.at > input && render.href.endsWith(expected));
      return done ? { latencyMs: done.at - input, text: done.text } : undefined;
    },
    expected,
    { timeout: 60_000, polling: 10 },
  );
  const { latencyMs, text } = (await handle.jsonValue())!;
  await page.waitForTimeout(200); // let requests the query started finish before counting them
  const files = await Promise.all(fetched.slice(before));
  const results = Number(/All (\d+) results?/.exec(text)?.[1] ?? (/^No papers/.test(text) ? 0 : Number.NaN));
  return {
    query,
    latencyMs,
    bytes: files.reduce((total, file) => total + file.bytes, 0),
    requests: files.length,
    results,
    files,
  };
}

function servedBytes(path: string, body: Buffer): number {
  return COMPRESSED_BY_HOST.has(extname(path)) ? gzipSync(body).length : body.length;
}
