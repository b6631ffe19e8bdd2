import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { readPage } from './helpers/dist.ts';
import { renameEntry } from './helpers/edit-entry.ts';
import { readEntryFacts } from './helpers/entries.ts';

// The citation downloads are written as files at the end of the build (src/integrations/write-paper-downloads.ts),
// not rendered as routes: every slug and every kept old slug must still get exactly its three files, and
// an old slug's files must be the paper's own, byte for byte.
describe('citation downloads written as files', () => {
  let site: BuiltSite;
  const NAMES = ['cite.bib', 'cite.ris', 'cite.json'];
  beforeAll(async () => {
    site = await buildSite({
      base: '/survey/',
      prepare: (root) =>
        renameEntry(root, 'clinical-nlp', 'gatortron', 'gatortron-large-clinical-model', { keepAlias: true }),
    });
  });
  afterAll(() => site?.cleanup());

  test('every entry (withdrawn ones too) and the kept old slug have cite.bib, cite.ris and cite.json, and nothing else is written', async () => {
    const slugs = [...(await readEntryFacts(site.root)).map((entry) => entry.slug), 'gatortron'];
    const written: string[] = [];
    for await (const file of glob('papers/*/cite.*', { cwd: site.dist })) written.push(file);
    expect(written.sort()).toEqual(slugs.flatMap((slug) => NAMES.map((name) => `papers/${slug}/${name}`)).sort());
  });

  test("the old slug's downloads are the renamed paper's, byte for byte", () => {
    for (const name of NAMES) {
      expect(readFileSync(join(site.dist, 'papers/gatortron', name), 'utf8'), name).toBe(
        readFileSync(join(site.dist, 'papers/gatortron-large-clinical-model', name), 'utf8'),
      );
    }
  });

  test('cite.bib holds the two records the page shows, with the deployed base in the survey URL', () => {
    const page = readPage(site.dist, site.base, 'papers/gatortron-large-clinical-model/index.html').dom;
    const text = (selector: string) => parseHtml(page.querySelector(selector)!.innerHTML).text;
    const bib = readFileSync(join(site.dist, 'papers/gatortron-large-clinical-model/cite.bib'), 'utf8');
    expect(bib).toBe(`${text('#cite-paper')}\n\n${text('#cite-entry')}\n`);
    expect(bib).toContain('url = {https://example.org/survey/papers/gatortron-large-clinical-model/}');
    const [item] = JSON.parse(
      readFileSync(join(site.dist, 'papers/gatortron-large-clinical-model/cite.json'), 'utf8'),
    ) as { title: string }[];
    expect(item?.title).toBe(text('h1'));
  });
});
