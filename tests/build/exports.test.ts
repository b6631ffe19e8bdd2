import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { surveyConfig } from '../../src/lib/survey-config.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { readPages, type BuiltPage } from './helpers/dist.ts';
import { readEntryFacts, type EntryFacts } from './helpers/entries.ts';

// Citations, exports and feeds as a reader's tools meet them: parsed by a real BibTeX parser, a JSON
// Schema validator and an XML parser. The real entries plus the fixtures (one withdrawn), under a base.
const FIXTURES = fileURLToPath(new URL('./fixtures/papers', import.meta.url));
const SITE = 'https://example.org/survey/';
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
let keyOf: Map<string, string>;

const file = (path: string) => readFileSync(join(site.dist, path), 'utf8');
const page = (slug: string) => pages.find((candidate) => candidate.url === `/survey/papers/${slug}/`)!.dom;
const published = () => entries.filter((entry) => !entry.withdrawn);
/** The text of a citation on a page, as a reader copies it (node-html-parser keeps a <pre>'s content as raw HTML). */
const citation = (dom: BuiltPage['dom'], id: string) => parseHtml(dom.querySelector(`#${id}`)!.innerHTML).text;
/** BibTeX as biber reads it; a test fails on any parse error. */
const bibtex = (text: string) => parseBibtex(text, { english: false, caseProtection: false });
const xml = (text: string) =>
  new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'url', 'sitemap'].includes(name) }).parse(text);

beforeAll(async () => {
  site = await buildSite({ base: '/survey/', extraPapers: FIXTURES });
  pages = await readPages(site.dist, site.base);
  entries = await readEntryFacts(site.root);
  keyOf = new Map(
    JSON.parse(file('papers.json')).papers.map((paper: { slug: string; citationKey: string }) => [
      paper.slug,
      paper.citationKey,
    ]),
  );
});
afterAll(() => site?.cleanup());

describe('every paper page', () => {
  test('carries two BibTeX records, the paper and the survey entry, that parse with no errors', () => {
    for (const entry of entries) {
      const dom = page(entry.slug);
      const paper = bibtex(citation(dom, 'cite-paper'));
      const survey = bibtex(citation(dom, 'cite-entry'));
      expect([...paper.errors, ...survey.errors], entry.slug).toEqual([]);
      expect(
        paper.entries.map((record) => [record.key, record.fields.title]),
        entry.slug,
      ).toEqual([[keyOf.get(entry.slug), entry.title]]);
      expect(
        survey.entries.map((record) => [record.key, record.fields.url]),
        entry.slug,
      ).toEqual([[`survey-${entry.slug}`, `${SITE}papers/${entry.slug}/`]]);
    }
  });

  test('carries JSON-LD that parses: the page, part of the survey and about the paper, which is not part of it', () => {
    for (const entry of entries) {
      const blocks = page(entry.slug).querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, entry.slug).toHaveLength(1);
      const graph = JSON.parse(blocks[0]!.text)['@graph'] as Record<string, any>[];
      const node = (type: string) => graph.find((candidate) => candidate['@type'] === type)!;
      expect(node('WebPage'), entry.slug).toMatchObject({
        '@id': `${SITE}papers/${entry.slug}/`,
        isPartOf: { '@id': SITE },
      });
      expect(node('ScholarlyArticle'), entry.slug).toMatchObject({ name: entry.title });
      expect(node('ScholarlyArticle').isPartOf?.['@id'], entry.slug).toBeUndefined();
      expect(node('ScholarlyArticle').url ?? '', entry.slug).not.toContain(SITE);
      expect(node('BreadcrumbList').itemListElement.at(-1), entry.slug).toMatchObject({
        item: `${SITE}papers/${entry.slug}/`,
      });
      if (entry.arxiv)
        expect(node('ScholarlyArticle').identifier).toContainEqual(
          expect.objectContaining({ propertyID: 'arXiv', value: entry.arxiv }),
        );
    }
  });

  test('has no Highwire citation_* meta tag: only the overview, which is the survey, has them', () => {
    const citationMeta = (dom: BuiltPage['dom']) =>
      dom
        .querySelectorAll('meta[name]')
        .map((meta) => meta.getAttribute('name')!)
        .filter((name) => name.startsWith('citation_'));
    const offenders = pages
      .filter((built) => built.url !== '/survey/' && citationMeta(built.dom).length > 0)
      .map((built) => built.url);
    expect(offenders).toEqual([]);
    const overview = pages.find((built) => built.url === '/survey/')!.dom;
    expect(overview.querySelector('meta[name="citation_title"]')?.getAttribute('content')).toBe(surveyConfig.title);
    expect(overview.querySelector('meta[name="citation_public_url"]')?.getAttribute('content')).toBe(SITE);
    const dataset = JSON.parse(overview.querySelector('script[type="application/ld+json"]')!.text)['@graph'].find(
      (node: { '@type': string }) => node['@type'] === 'Dataset',
    );
    expect(dataset.distribution.map((download: { contentUrl: string }) => download.contentUrl)).toEqual([
      `${SITE}papers.json`,
      `${SITE}papers.bib`,
    ]);
  });

  test('offers the same two records as cite.bib, the paper as cite.ris and as CSL-JSON in cite.json, all linked from the page', () => {
    for (const entry of entries) {
      const dom = page(entry.slug);
      expect(file(`papers/${entry.slug}/cite.bib`), entry.slug).toBe(
        `${citation(dom, 'cite-paper')}\n\n${citation(dom, 'cite-entry')}\n`,
      );
      expect(file(`papers/${entry.slug}/cite.ris`), entry.slug).toMatch(
        /^TY {2}- (JOUR|CONF|CHAP)\r\n[\s\S]*\r\nER {2}- \r\n$/,
      );
      const [item] = JSON.parse(file(`papers/${entry.slug}/cite.json`));
      expect([item.id, item.title], entry.slug).toEqual([keyOf.get(entry.slug), entry.title]);
      const downloads = dom.querySelectorAll('.cite-downloads a').map((link) => link.getAttribute('href'));
      expect(downloads, entry.slug).toEqual(
        ['cite.bib', 'cite.ris', 'cite.json'].map((name) => `/survey/papers/${entry.slug}/${name}`),
      );
    }
  });
});

describe('the exports', () => {
  test('papers.bib has one record per published entry, and parses with no errors', () => {
    const library = bibtex(file('papers.bib'));
    expect(library.errors).toEqual([]);
    expect(library.entries.map((record) => record.key).sort()).toEqual(
      published()
        .map((entry) => keyOf.get(entry.slug))
        .sort(),
    );
  });

  test.each(THEME_IDS)('themes/%s.bib cites the published papers its theme page lists', (theme) => {
    const library = bibtex(file(`themes/${theme}.bib`));
    expect(library.errors).toEqual([]);
    const listed = published().filter((entry) => entry.theme === theme || entry.secondaryThemes.includes(theme));
    expect(library.entries.map((record) => record.key).sort()).toEqual(
      listed.map((entry) => keyOf.get(entry.slug)).sort(),
    );
  });

  test('papers.json validates against the JSON Schema published beside it, withdrawn entries included with their status', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(file('papers.schema.json'));
    expect(schema.$id).toBe(`${SITE}papers.schema.json`);
    const validate = ajv.compile(schema);
    const json = JSON.parse(file('papers.json'));
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    expect(json.version).toBe(1);
    expect(json.papers.map((paper: { slug: string }) => paper.slug).sort()).toEqual(
      entries.map((entry) => entry.slug).sort(),
    );
    expect(json.papers.find((paper: { slug: string }) => paper.slug === 'fixture-withdrawn')).toMatchObject({
      status: 'withdrawn',
      withdrawnReason: 'It duplicated another entry.',
    });
  });
});

describe('the feed', () => {
  test('is well-formed Atom listing every published paper, most recently added first, then newest paper, titles escaped (& included)', () => {
    const text = file('feed.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = xml(text).feed;
    const dateKey = (entry: EntryFacts) =>
      entry.date.precision === 'day' ? entry.date.value : `0000-${entry.date.value.slice(2)}`;
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const newest = [...published()].sort(
      (a, b) => cmp(b.added, a.added) || cmp(dateKey(b), dateKey(a)) || cmp(a.title, b.title) || cmp(a.slug, b.slug),
    );
    expect(feed.entry.map((item: { id: string }) => item.id)).toEqual(
      newest.map((entry) => `${SITE}papers/${entry.slug}/`),
    );
    const titles = feed.entry.map((item: { title: { '#text': string } }) => parseHtml(item.title['#text']).text);
    expect(titles).toEqual(newest.map((entry) => entry.title));
    expect(
      titles.filter((title: string) => title.includes('&')),
      'the seed title with "&" is in the feed',
    ).not.toEqual([]);
    expect(feed.link.find((link: Record<string, string>) => link['@_rel'] === 'self')['@_href']).toBe(
      `${SITE}feed.xml`,
    );
  });
});

describe('the sitemap and robots.txt', () => {
  test('the sitemap is well-formed XML listing every page worth indexing, and no redirect, withdrawn entry or export', () => {
    const index = file('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const parts = xml(index).sitemapindex.sitemap.map((part: { loc: string }) => part.loc);
    expect(parts).toEqual([`${SITE}sitemap-0.xml`]);
    const text = file('sitemap-0.xml');
    expect(XMLValidator.validate(text)).toBe(true);
    const locs = xml(text)
      .urlset.url.map((url: { loc: string }) => url.loc)
      .sort();
    const expected = [
      '',
      'about/',
      'changes/',
      'papers/',
      'search/',
      ...THEME_IDS.map((id) => `themes/${id}/`),
      ...published().map((entry) => `papers/${entry.slug}/`),
    ];
    expect(locs).toEqual(expected.map((path) => `${SITE}${path}`).sort());
  });

  test('robots.txt points to the sitemap', () => {
    expect(file('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml\n`);
  });
});
