/**
 * What a built site weighs: the whole `dist/` on disk, and per page what a reader downloads before
 * doing anything (the HTML, its stylesheets and its module scripts with their static imports), each
 * gzip-compressed as a static host would serve it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes and files in a folder tree (file sizes, not disk blocks). */
export interface TreeSize {
  bytes: number;
  files: number;
}

/** One page's weight before use: gzip bytes of its HTML plus CSS, and of its JavaScript. */
export interface PageWeight {
  path: string;
  htmlCssGzip: number;
  jsGzip: number;
  /** Uncompressed HTML, to show how big a listing page is. */
  htmlBytes: number;
}

/** Sums the sizes of every file under `dir`. */
export function treeSize(dir: string): TreeSize {
  let [bytes, files] = [0, 0];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** The heaviest HTML page of a built site: its path and gzip bytes (Pagefind's own files aside). */
export function heaviestPage(dist: string): { path: string; htmlGzip: number } {
  let heaviest = { path: '', htmlGzip: 0 };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    if (path.startsWith('/pagefind/')) continue;
    const htmlGzip = gzipBytes(file);
    if (htmlGzip > heaviest.htmlGzip) heaviest = { path, htmlGzip };
  }
  return heaviest;
}

/** The gzip size of a file, as a static host with compression on would send it. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** Weighs the page at site path `path` (`/`, `/papers/x/`) of a site built into `dist` with base `/`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const htmlFile = join(dist, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const page = parse(html);
  const css = page.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!);
  const scripts = page
    .querySelectorAll('script[type="module"][src], link[rel="modulepreload"]')
    .map((tag) => tag.getAttribute('src') ?? tag.getAttribute('href')!);
  const js = staticImportClosure(dist, scripts);
  const sum = (paths: Iterable<string>) => [...paths].reduce((total, href) => total + gzipBytes(join(dist, href)), 0);
  return {
    path,
    htmlCssGzip: gzipSync(html).length + sum(new Set(css)),
    jsGzip: sum(js),
    htmlBytes: Buffer.byteLength(html),
  };
}

// Static `import … from "./x.js"` only: a dynamic `import()` (Pagefind) loads on use, not before.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;

function staticImportClosure(dist: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.filter((href) => href.startsWith('/'));
  while (queue.length > 0) {
    const href = queue.pop()!;
    if (seen.has(href)) continue;
    seen.add(href);
    const code = readFileSync(join(dist, href), 'utf8');
    for (const [, specifier] of code.matchAll(STATIC_IMPORT))
      queue.push(new URL(specifier, `http://site${href}`).pathname);
  }
  return seen;
}
