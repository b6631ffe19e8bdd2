import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuiltPage } from './dist.ts';

/** Gzip size in bytes, at the level static hosts commonly use (6). */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 6 }).length;
}

/** A dist file named by an absolute site path (under `base`). */
function distFile(dist: string, base: string, path: string): string {
  return join(dist, path.slice(base.length));
}

/** Bytes a page costs before the reader does anything: its HTML and stylesheets, gzipped. */
export function pageWeight(dist: string, base: string, page: BuiltPage): { html: number; css: number } {
  const css = page.dom
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, link) => sum + gzipSize(readFileSync(distFile(dist, base, link.getAttribute('href')!))), 0);
  return { html: gzipSize(page.html), css };
}

// Static imports of a bundled module: `import{a}from"./x.js"` or `import"./x.js"`, not `import(…)`.
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/**
 * Gzipped bytes of the scripts a page loads up front: each `<script src>` and what it imports
 * statically. Dynamic imports (search's index, loaded when used) are not counted.
 */
export function scriptWeight(dist: string, base: string, page: BuiltPage): number {
  const seen = new Set<string>();
  const visit = (file: string): number => {
    if (seen.has(file)) return 0;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    let total = gzipSize(code);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      if (match[1]!.startsWith('.')) total += visit(join(dirname(file), match[1]!));
    }
    return total;
  };
  return page.dom
    .querySelectorAll('script[src]')
    .reduce((sum, script) => sum + visit(distFile(dist, base, posix.normalize(script.getAttribute('src')!))), 0);
}
