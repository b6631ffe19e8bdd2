import { existsSync, readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A built HTML page: its file (relative to dist), its site URL path (with base) and parsed DOM. */
export interface BuiltPage {
  file: string;
  url: string;
  html: string;
  dom: HTMLElement;
}

/** Every HTML page in a built site except Pagefind's own files, sorted by file name. */
export async function readPages(dist: string, base: string): Promise<BuiltPage[]> {
  const files: string[] = [];
  for await (const file of glob('**/*.html', { cwd: dist })) if (!file.startsWith('pagefind/')) files.push(file);
  return files.sort().map((file) => readPage(dist, base, file));
}

/** Reads and parses one built page. */
export function readPage(dist: string, base: string, file: string): BuiltPage {
  const html = readFileSync(join(dist, file), 'utf8');
  const path = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return { file, url: `${base}${path}`, html, dom: parse(html) };
}

/** A link that does not resolve: on which page, which attribute value, and why. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/**
 * Checks every internal href/src of the pages: it must stay under the base, name a file that exists
 * in dist (`/x/` → `x/index.html`), and any `#fragment` must be an id on the target page.
 */
export function findBrokenLinks(dist: string, base: string, pages: BuiltPage[]): BrokenLink[] {
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(page.url, 'http://site.test');
    for (const element of page.dom.querySelectorAll('[href], [src]')) {
      const link = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      const url = new URL(link, pageUrl);
      if (url.origin !== pageUrl.origin) continue; // external
      const reason = checkTarget(dist, base, url, byUrl);
      if (reason) broken.push({ page: page.file, link, reason });
    }
  }
  return broken;
}

function checkTarget(dist: string, base: string, url: URL, byUrl: Map<string, BuiltPage>): string | undefined {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `is outside the base ${base}`;
  const relative = path.slice(base.length);
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (!existsSync(join(dist, file))) return `no file dist/${file}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '') return undefined;
  const target = byUrl.get(path);
  if (target && !target.dom.querySelector(`[id="${fragment}"]`)) return `no element with id "${fragment}" on ${path}`;
  return undefined;
}

/** The built page at a site URL; throws with the URL when dist/ has no such page. */
export function pageAt(pages: BuiltPage[], url: string): BuiltPage {
  const page = pages.find((candidate) => candidate.url === url);
  if (!page) throw new Error(`no page ${url} in dist/`);
  return page;
}
