import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { readPage } from './helpers/dist.ts';
import { deleteEntry, renameEntry } from './helpers/edit-entry.ts';

// The URL ledger's promise, end to end: a renamed entry's old URL keeps leading to it, and a build
// whose output lost a published URL fails, naming it. Each case edits a temporary project copy.
describe('a slug renamed with the old one kept in aliases', () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      base: '/survey/',
      prepare: (root) =>
        renameEntry(root, 'clinical-nlp', 'gatortron', 'gatortron-large-clinical-model', { keepAlias: true }),
    });
  });
  afterAll(() => site?.cleanup());

  test('builds, and the old URL leads to the new page: meta refresh, canonical link and a visible link', () => {
    const old = readPage(site.dist, site.base, 'papers/gatortron/index.html').dom;
    expect(old.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(
      '0; url=/survey/papers/gatortron-large-clinical-model/',
    );
    expect(old.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/survey/papers/gatortron-large-clinical-model/',
    );
    const link = old.querySelector('body a');
    expect(link?.getAttribute('href')).toBe('/survey/papers/gatortron-large-clinical-model/');
    expect(link?.text).toMatch(/^GatorTron: A Large Clinical Language Model/);
    expect(old.querySelector('meta[name="robots"]')?.getAttribute('content'), 'a redirect is not indexed').toBe(
      'noindex',
    );
    expect(
      old.querySelector('meta[http-equiv="Content-Security-Policy"]'),
      'the redirect keeps the CSP',
    ).not.toBeNull();
  });

  test('the new page cites the new URL, and the old citation download still works', () => {
    const page = readPage(site.dist, site.base, 'papers/gatortron-large-clinical-model/index.html').dom;
    expect(page.querySelector('#cite-entry')?.text).toContain(
      'url = {https://example.org/survey/papers/gatortron-large-clinical-model/}',
    );
    const oldBib = parse(readFileSync(join(site.dist, 'papers/gatortron/cite.bib'), 'utf8'), { english: false });
    expect(oldBib.errors).toEqual([]);
    // The paper's record cites the paper (its DOI), never a survey page; the survey entry's cites the new page.
    expect(oldBib.entries.map((entry) => entry.fields.url)).toEqual([
      'https://doi.org/10.1038/s41746-022-00742-2',
      'https://example.org/survey/papers/gatortron-large-clinical-model/',
    ]);
    // Its frozen citation key follows it through the rename.
    expect(oldBib.entries[0].key).toBe('yang2022gatortron');
    expect(existsSync(join(site.dist, 'papers/gatortron/cite.ris'))).toBe(true);
  });

  test('the sitemap lists the new URL, not the redirect', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/survey/papers/gatortron-large-clinical-model/</loc>');
    expect(sitemap).not.toContain('<loc>https://example.org/survey/papers/gatortron/</loc>');
  });
});

describe('a build that lost published URLs', () => {
  test('fails, naming each lost URL and how to bring it back', async () => {
    const build = buildSite({
      prepare: async (root) => {
        await renameEntry(root, 'clinical-nlp', 'clin-x', 'clin-x-renamed', { keepAlias: false });
        await deleteEntry(root, 'alignment', 'rad');
      },
    });
    const error = await build.then(
      (site) => site.cleanup().then(() => new Error('the build passed')),
      (failure: Error) => failure,
    );
    expect(error.message).toMatch(
      /content\/published-urls\.txt:\d+: error: the published URL \/papers\/clin-x\/ no longer resolves/,
    );
    expect(error.message).toMatch(
      /content\/published-urls\.txt:\d+: error: the published URL \/papers\/rad\/ no longer resolves/,
    );
    expect(error.message).toMatch(/fix: +if the entry was renamed, add "clin-x" to its aliases/);
    expect(error.message).toMatch(/fix: +.*restore it and retire it with status: withdrawn/);
  });
});

describe('later list pages the ledger promised, once the lists no longer fill them', () => {
  // The seed fills one page of the table and of each theme; a bigger survey had published page 2.
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      base: '/survey/',
      prepare: async (root) =>
        appendFileSync(join(root, 'content/published-urls.txt'), '/papers/page/2/\n/themes/imaging/page/3/\n'),
    });
  });
  afterAll(() => site?.cleanup());

  test("build, and each leads to its list's last page: meta refresh, canonical link, a visible link, noindex", () => {
    for (const [file, target, list] of [
      ['papers/page/2/index.html', '/survey/papers/', 'All papers'],
      ['themes/imaging/page/3/index.html', '/survey/themes/imaging/', 'Imaging'],
    ] as const) {
      const page = readPage(site.dist, site.base, file).dom;
      expect(page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://example.org${target}`);
      expect(page.querySelector('body a')?.getAttribute('href')).toBe(target);
      expect(page.querySelector('title')?.text).toMatch(new RegExp(`^${list}`));
      expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    }
  });

  test('are left out of the sitemap', () => {
    const sitemap = readFileSync(join(site.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toContain('page/2/');
    expect(sitemap).not.toContain('page/3/');
  });
});
