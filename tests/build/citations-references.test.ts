import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import core from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Entry } from '../../src/lib/schema.ts';
import axe from 'axe-core';
import type { Browser } from 'playwright-core';
import { hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { writeReferenceEntries } from '../helpers/cite-seed.ts';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { readPages, type BuiltPage } from './helpers/dist.ts';
import { pageWeight } from './helpers/weight.ts';

// The survey as readers will meet it once the reference export is merged: the real entries with the
// authors, arXiv ids, DOIs and venues of content clinical-ai.bib. Every .bib the site serves goes through
// Debian's real BibTeX (plain, plainnat) and biber; RIS and CSL-JSON through independent parsers.
let site: BuiltSite;
let entries: Entry[];
let pages: BuiltPage[];
const file = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const page = (slug: string) => pages.find((candidate) => candidate.url === `/papers/${slug}/`)!.dom;
/** "Family, Given" (particles kept) or an organisation whole: how every format below spells an author. */
const spelled = (author: NonNullable<Entry['authors']>[number]) =>
  'literal' in author ? author.literal : author.given ? `${author.family}, ${author.given}` : author.family;

beforeAll(async () => {
  site = await buildSite({ prepare: async (root) => void (entries = await writeReferenceEntries(root)) });
  pages = await readPages(site.dist, site.base);
});
afterAll(() => site?.cleanup());

/** Every .bib file the site serves: the survey's, each theme's and each paper's. */
function servedBibFiles(): string[] {
  const themes = readdirSync(join(site.dist, 'themes'))
    .filter((name) => name.endsWith('.bib'))
    .map((name) => `themes/${name}`);
  return ['papers.bib', ...themes, ...entries.map((entry) => `papers/${entry.slug}/cite.bib`)];
}

const hasTool = (tool: string) => spawnSync(tool, ['--version'], { encoding: 'utf8' }).status === 0;
// Debian's bibtex and biber (texlive-bibtex-extra, biber): installed by .ci/run; a machine without them
// skips these tests loudly, and CI, which must have them, fails.
const tex = hasTool('bibtex') && hasTool('biber');
if (!tex && process.env.CI)
  throw new Error('bibtex and biber are required in CI: apt-get install texlive-bibtex-extra biber');
if (!tex) console.warn('[citations] bibtex or biber is missing: the BibTeX compilation tests are skipped');

describe.skipIf(!tex)('every .bib the site serves, compiled by the real tools', () => {
  /** Runs BibTeX with `style` on the text; returns its warnings and the .bbl. */
  function bibtex(text: string, style: string): { warnings: string[]; bbl: string } {
    const dir = mkdtempSync(join(tmpdir(), 'cite-bibtex-'));
    try {
      writeFileSync(join(dir, 'refs.bib'), text);
      writeFileSync(join(dir, 'doc.aux'), `\\citation{*}\n\\bibstyle{${style}}\n\\bibdata{refs}\n`);
      const run = spawnSync('bibtex', ['doc'], { cwd: dir, encoding: 'utf8' });
      const log = readFileSync(join(dir, 'doc.blg'), 'utf8');
      const warnings = log.split('\n').filter((line) => /^Warning--|error message/i.test(line));
      if (run.status !== 0 && warnings.length === 0) warnings.push(`bibtex exited ${run.status}: ${run.stdout}`);
      return { warnings, bbl: readFileSync(join(dir, 'doc.bbl'), 'utf8') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  test.each(['plain', 'plainnat'])('BibTeX with %s gives every record and no warning', (style) => {
    for (const path of servedBibFiles()) {
      const text = file(path);
      const { warnings, bbl } = bibtex(text, style);
      expect(warnings, `${path} (${style})`).toEqual([]);
      expect((bbl.match(/\\bibitem/g) ?? []).length, path).toBe((text.match(/^@/gm) ?? []).length);
    }
  });

  test('plain keeps proper nouns and acronyms capitalised, and lowercases title-case words', () => {
    const { bbl } = bibtex(file('papers.bib'), 'plain');
    expect(bbl).toMatch(/\{CLIN-X\}: pre-trained language models/);
    expect(bbl).toMatch(/models for \{Spanish\}/);
    expect(bbl).toMatch(/\{German\} text data/);
    expect(bbl).toMatch(/Comparing rule-based and deep learning models/);
    expect(bbl).toMatch(/Xi~Yang, Aokun Chen/);
  });

  test('biber reads every file, all concatenated, without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cite-biber-'));
    try {
      // One biber run per file would take minutes; keys are unique across the site, so one file holds them all.
      const papers = servedBibFiles()
        .filter((path) => path.endsWith('cite.bib'))
        .map(file);
      const files = { 'papers.bib': file('papers.bib'), 'pages.bib': papers.join('\n') };
      for (const [name, text] of Object.entries(files)) {
        writeFileSync(join(dir, name), text);
        const run = spawnSync('biber', ['--tool', '--validate-datamodel', '--nolog', name], {
          cwd: dir,
          encoding: 'utf8',
        });
        const problems = `${run.stdout}${run.stderr}`.split('\n').filter((line) => /WARN|ERROR/.test(line));
        expect([run.status, problems], name).toEqual([0, []]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every paper download, read by an independent parser', () => {
  test('cite.bib: the paper with all its authors, its own URL and no survey URL; the survey entry with it', () => {
    for (const entry of entries) {
      const library = parseBibtex(file(`papers/${entry.slug}/cite.bib`), { english: false, caseProtection: false });
      expect(library.errors, entry.slug).toEqual([]);
      const [paper, survey] = library.entries;
      const names = paper.fields.author?.map(
        (name) =>
          name.name ??
          `${[name.prefix, name.lastName].filter(Boolean).join(' ')}${name.firstName ? `, ${name.firstName}` : ''}`,
      );
      expect(names, entry.slug).toEqual(entry.authors!.map(spelled));
      expect([paper.fields.eprint, paper.fields.doi], entry.slug).toEqual([entry.arxiv, entry.doi]);
      expect(String(paper.fields.url), entry.slug).toMatch(/^https:\/\/(arxiv\.org|doi\.org)\//);
      expect(survey.fields.url, entry.slug).toBe(`https://example.org/papers/${entry.slug}/`);
    }
  });

  test('cite.ris: all authors, DOI and the paper URL, as astrocite reads them', () => {
    for (const entry of entries) {
      const [item] = parseRis(file(`papers/${entry.slug}/cite.ris`)) as {
        author: { family: string; given?: string; 'non-dropping-particle'?: string }[];
        DOI?: string;
        URL: string;
      }[];
      const names = item.author.map(
        (name) =>
          `${[name['non-dropping-particle'], name.family].filter(Boolean).join(' ')}${name.given ? `, ${name.given}` : ''}`,
      );
      expect(names, entry.slug).toEqual(entry.authors!.map(spelled));
      expect([item.DOI, item.URL], entry.slug).toEqual([
        entry.doi,
        entry.doi ? `https://doi.org/${entry.doi}` : `https://arxiv.org/abs/${entry.arxiv}`,
      ]);
    }
  });

  test('cite.json: CSL-JSON that Citation.js reads and formats, authors intact', () => {
    for (const entry of entries) {
      const items = core.plugins.input.chain(file(`papers/${entry.slug}/cite.json`)) as {
        author: { family?: string; given?: string; literal?: string }[];
        title: string;
      }[];
      expect(items, entry.slug).toHaveLength(1);
      const names = items[0].author.map(
        (name) => name.literal ?? (name.given ? `${name.family}, ${name.given}` : name.family),
      );
      expect([items[0].title, names], entry.slug).toEqual([entry.title, entry.authors!.map(spelled)]);
    }
  });
});

describe('every paper page, as reference managers and search read it', () => {
  test('offers the paper itself in a COinS with every author, and no element a translator reads as a byline', () => {
    for (const entry of entries) {
      const dom = page(entry.slug);
      const spans = dom.querySelectorAll('span.Z3988');
      expect(spans, entry.slug).toHaveLength(1);
      const pairs = spans[0]!
        .getAttribute('title')!
        .split('&')
        .map((pair) => pair.split('=').map((part) => decodeURIComponent(part.replace(/\+/g, ' '))));
      expect(
        pairs.filter(([key]) => key === 'rft.au' || key === 'rft.aucorp').map(([, value]) => value),
        entry.slug,
      ).toEqual(entry.authors!.map(spelled));
      expect(dom.querySelectorAll('[class*="byline" i], [class*="vcard" i]'), entry.slug).toEqual([]);
    }
  });

  test('gives the whole abstract as og:description, where Zotero reads it', () => {
    for (const entry of entries) {
      expect(
        page(entry.slug).querySelector('meta[property="og:description"]')?.getAttribute('content'),
        entry.slug,
      ).toBe(entry.abstract.replace(/\s+/g, ' '));
    }
  });

  test('names the first authors and folds the rest into "and N more", which opens without JavaScript', () => {
    const gatortron = page('gatortron');
    expect(gatortron.querySelector('.paper-authors [data-pagefind-meta="authors"]')!.text).toBe(
      'Xi Yang, Aokun Chen, Nima PourNejatian',
    );
    expect(gatortron.querySelector('details.more-authors summary')!.text).toBe('and 15 more');
    expect(gatortron.querySelector('details.more-authors .more-names')!.text).toContain('Yonghui Wu');
  });

  test('has a venue badge and buttons for arXiv, PDF, DOI, Hugging Face and code', () => {
    const gatortron = page('gatortron');
    expect(gatortron.querySelector('.venue-badge')!.text).toBe('Journal npj Digital Medicine');
    const buttons = gatortron.querySelectorAll('.paper-links a').map((link) => [link.text, link.getAttribute('href')]);
    expect(buttons.slice(0, 4)).toEqual([
      ['arXiv', 'https://arxiv.org/abs/2203.03540'],
      ['PDF', 'https://arxiv.org/pdf/2203.03540'],
      ['DOI', 'https://doi.org/10.1038/s41746-022-00742-2'],
      ['Hugging Face', 'https://huggingface.co/papers/2203.03540'],
    ]);
    const withCode = entries.filter((entry) => entry.links.some((link) => link.kind === 'code'));
    expect(withCode.length).toBeGreaterThan(0);
    for (const entry of withCode)
      expect(page(entry.slug).querySelector('.paper-links a[href^="https://github.com/"]')?.text, entry.slug).toBe(
        'Code',
      );
  });

  test('puts every author name into the search index, with the first ones as result metadata', () => {
    const fragments = readdirSync(join(site.dist, 'pagefind/fragment')).map((name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(site.dist, 'pagefind/fragment', name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
    const gatortron = fragments.find((fragment) => fragment.url === '/papers/gatortron/');
    expect(gatortron.meta.authors).toBe('Xi Yang, Aokun Chen, Nima PourNejatian');
    // The last of 18 authors, folded away on the page, is still searchable, as a word of its own.
    expect(gatortron.content).toMatch(/(^|[\s,])Yonghui Wu([\s,.]|$)/);
  });
});

describe('the paper page with all its authors', () => {
  test('costs at most 12 KB gzip of HTML and CSS', () => {
    const weights = entries.map((entry) => ({
      slug: entry.slug,
      ...pageWeight(
        site.dist,
        site.base,
        pages.find((built) => built.url === `/papers/${entry.slug}/`)!,
      ),
    }));
    const heaviest = weights.reduce((a, b) => (a.html + a.css >= b.html + b.css ? a : b));
    console.info(
      `[weight] heaviest paper page with authors ${heaviest.slug}: HTML ${heaviest.html} B + CSS ${heaviest.css} B gzip`,
    );
    expect(heaviest.html + heaviest.css).toBeLessThanOrEqual(12 * 1024);
  });
});

// Chromium: missing on a developer's machine skips loudly (see tests/browser/helpers/browser-suite.ts); CI must have it.
const chromium = hasChromium();
if (!chromium && !process.env.CI)
  console.warn('[citations] Chromium is missing at /usr/bin/chromium: the paper-page browser tests are skipped');

describe.skipIf(!chromium && !process.env.CI)('the paper page in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(site.dist, site.base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of [375, 1280]) {
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violations on a paper with 18 authors, a venue and code at ${width}px, ${scheme}`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        try {
          const tab = await context.newPage();
          await tab.goto(`${server.siteUrl}papers/gatortron/`);
          await tab.click('details.more-authors summary');
          await tab.evaluate(axe.source);
          const { violations } = await tab.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document));
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  test('"and 15 more" opens with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto(`${server.siteUrl}papers/gatortron/`);
      expect(await tab.isVisible('.more-names')).toBe(false);
      await tab.click('details.more-authors summary');
      expect(await tab.isVisible('.more-names')).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('on a wide screen, links, downloads and related papers sit in a column beside the abstract; on a phone, below the title', async () => {
    for (const [width, beside] of [
      [1280, true],
      [375, false],
    ] as const) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const tab = await context.newPage();
        await tab.goto(`${server.siteUrl}papers/gatortron/`);
        const box = async (selector: string) => (await tab.locator(selector).boundingBox())!;
        const [abstract, side, related] = [
          await box('.abstract'),
          await box('.paper-side'),
          await box('.paper-related'),
        ];
        expect([side.x > abstract.x + abstract.width, related.x > abstract.x + abstract.width], `${width}px`).toEqual([
          beside,
          beside,
        ]);
        expect(
          await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
          `${width}px: no sideways scrolling`,
        ).toBe(true);
      } finally {
        await context.close();
      }
    }
  });
});
