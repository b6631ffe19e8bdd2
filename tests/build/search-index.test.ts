import { readFileSync } from 'node:fs';
import { glob, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';

// The search index is made from the entry data (src/integrations/pagefind.ts, src/lib/search-record.ts),
// not from the built pages. It must hold what Pagefind makes of the pages themselves: here Pagefind
// indexes the built dist/ the old way (addDirectory), and every page's record (text, filters, sort,
// metadata, anchors) is compared with the one the build wrote.
type Fragment = {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort?: Record<string, string>;
  anchors: unknown[];
  word_count: number;
};

async function readFragments(dir: string): Promise<Map<string, Fragment>> {
  const fragments = new Map<string, Fragment>();
  for await (const file of glob('fragment/*.pf_fragment', { cwd: dir })) {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    expect(text.startsWith('pagefind_dcd')).toBe(true);
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as Fragment;
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

// The search tests' extra entries: venues with a colon or commas, code links, no venue.
const SEARCH_FIXTURES = fileURLToPath(new URL('../browser/fixtures/search-papers', import.meta.url));

describe('the search index made from the entry data', () => {
  let site: BuiltSite;
  let fromHtml: string;
  beforeAll(async () => {
    site = await buildSite({ extraPapers: SEARCH_FIXTURES });
    fromHtml = await mkdtemp(join(tmpdir(), 'pagefind-html-'));
    try {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: site.dist });
      expect(added.errors).toEqual([]);
      expect((await index.writeFiles({ outputPath: fromHtml })).errors).toEqual([]);
    } finally {
      await pagefind.close();
    }
  });
  afterAll(async () => {
    await site?.cleanup();
    if (fromHtml) await rm(fromHtml, { recursive: true, force: true });
  });

  test('has a record for every page Pagefind finds indexable in the HTML, and no other', async () => {
    const built = await readFragments(join(site.dist, 'pagefind'));
    const html = await readFragments(fromHtml);
    expect(built.size).toBeGreaterThan(0);
    expect([...built.keys()].sort()).toEqual([...html.keys()].sort());
  });

  test("each record's text, filters, sort, metadata and anchors are those Pagefind reads from the page", async () => {
    const built = await readFragments(join(site.dist, 'pagefind'));
    const html = await readFragments(fromHtml);
    for (const [url, fragment] of html) expect(built.get(url), url).toEqual(fragment);
  });
});
