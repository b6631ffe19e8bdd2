import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { findBrokenLinks, pageAt, readPages, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs, readEntryFacts, type EntryFacts } from './helpers/entries.ts';
import { pageWeight, scriptWeight } from './helpers/weight.ts';

// The real 64 entries, built once without a base; the assertions read dist/ with an HTML parser.
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
const page = (url: string) => pageAt(pages, url);
const published = () => entries.filter((entry) => !entry.withdrawn);
const CONTENT_PAGES = () => [
  '/',
  '/papers/',
  '/about/',
  '/404.html',
  ...THEME_IDS.map((id) => `/themes/${id}/`),
  ...entries.map((e) => `/papers/${e.slug}/`),
];

beforeAll(async () => {
  site = await buildSite();
  pages = await readPages(site.dist, site.base);
  entries = await readEntryFacts(site.root);
  console.info(
    `[build] ${entries.length} entries, ${pages.length} pages built in ${(site.buildMs / 1000).toFixed(1)} s`,
  );
});
afterAll(() => site?.cleanup());

describe('the built survey', () => {
  test('has the overview, all papers, about, 404, every theme page and a page per entry', () => {
    for (const url of CONTENT_PAGES()) expect(() => page(url), url).not.toThrow();
    expect(THEME_IDS.length, 'the four themes of content/themes.json').toBe(4);
  });

  test('gives every page lang, title, description, canonical URL, Open Graph tags and the CSP', () => {
    const problems: string[] = [];
    for (const { url, dom } of pages) {
      const meta = (selector: string) => dom.querySelector(selector)?.getAttribute('content')?.trim();
      const canonical = dom.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const csp = meta('meta[http-equiv="Content-Security-Policy"]') ?? '';
      if (!dom.querySelector('html')?.getAttribute('lang')) problems.push(`${url}: no <html lang>`);
      if (!dom.querySelector('title')?.text.trim()) problems.push(`${url}: no <title>`);
      if (!meta('meta[name="description"]')) problems.push(`${url}: no meta description`);
      if (canonical !== new URL(url, 'https://example.org').href) problems.push(`${url}: canonical is ${canonical}`);
      for (const og of ['og:title', 'og:description', 'og:type', 'og:url', 'og:site_name']) {
        if (!meta(`meta[property="${og}"]`)) problems.push(`${url}: no ${og}`);
      }
      if (meta('meta[property="og:url"]') !== canonical) problems.push(`${url}: og:url differs from canonical`);
      if (!/script-src 'self' 'wasm-unsafe-eval'(;|$)/.test(csp) || /unsafe-inline/.test(csp))
        problems.push(`${url}: CSP is "${csp}"`);
    }
    expect(problems).toEqual([]);
  });

  test.each(THEME_IDS)(
    'theme page %s lists exactly its primary and secondary papers, marking the secondary ones',
    (theme) => {
      const dom = page(`/themes/${theme}/`).dom;
      const listed = dom.querySelectorAll('.item').map((item) => ({
        slug: linkedSlugs(item, '.item-title')[0],
        secondary: item.querySelector('.tag') !== null,
      }));
      const expected = published()
        .filter((entry) => entry.theme === theme || entry.secondaryThemes.includes(theme))
        .map((entry) => ({ slug: entry.slug, secondary: entry.theme !== theme }));
      const bySlug = (a: { slug?: string }, b: { slug?: string }) => (a.slug ?? '').localeCompare(b.slug ?? '');
      expect(listed.sort(bySlug)).toEqual(expected.sort(bySlug));
    },
  );

  test('theme pages together link to every published paper', () => {
    const reached = new Set(THEME_IDS.flatMap((id) => linkedSlugs(page(`/themes/${id}/`).dom, '.items')));
    expect(
      published()
        .map((entry) => entry.slug)
        .filter((slug) => !reached.has(slug)),
    ).toEqual([]);
  });

  test.each(THEME_IDS.map((id) => `/themes/${id}/`))('%s lists papers newest first under year headings', (url) => {
    const dom = page(url).dom;
    const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));
    const headings = dom
      .querySelectorAll('.year-group')
      .map((group) => group.querySelector('h2')!.text.match(/^\S+( unknown)?/)![0]);
    const years = headings.filter((label) => /^\d{4}$/.test(label)).map(Number);
    expect(years, 'year groups newest first').toEqual([...years].sort((a, b) => b - a));
    for (const group of dom.querySelectorAll('.year-group')) {
      const label = group.querySelector('h2')!.text;
      const dates = linkedSlugs(group, 'li').map((slug) => bySlug.get(slug)!.date);
      for (const date of dates)
        expect(
          label.startsWith(date.precision === 'day' ? date.value.slice(0, 4) : 'Year unknown'),
          `${url} ${date.value} under ${label}`,
        ).toBe(true);
      const keys = dates.map((date) => date.value.slice(-5));
      expect(keys, `${url} ${label} newest first`).toEqual([...keys].sort().reverse());
    }
  });

  test('/papers/ lists every published paper exactly once', () => {
    const listed = linkedSlugs(page('/papers/').dom, '[data-table-body] .col-title');
    expect([...listed].sort()).toEqual(
      published()
        .map((entry) => entry.slug)
        .sort(),
    );
  });

  test('every internal link and asset resolves to a file in dist', () => {
    expect(findBrokenLinks(site.dist, site.base, pages)).toEqual([]);
  });

  test('no page has an inline script, inline style or event handler (the CSP would block them)', () => {
    const problems = pages.flatMap(({ url, dom }) => [
      // JSON-LD is data, not script: the CSP does not run (or block) it.
      ...dom
        .querySelectorAll('script:not([src]):not([type="application/ld+json"])')
        .map(() => `${url}: inline <script>`),
      ...dom.querySelectorAll('style').map(() => `${url}: <style> element`),
      ...dom.querySelectorAll('[style]').map((el) => `${url}: style attribute on <${el.tagName.toLowerCase()}>`),
      ...dom.querySelectorAll('*').flatMap((el) =>
        Object.keys(el.attributes)
          .filter((name) => /^on/i.test(name))
          .map((name) => `${url}: ${name} handler`),
      ),
    ]);
    expect(problems).toEqual([]);
  });

  test('overview, theme, paper, list, about and 404 pages load at most a 3 KB gzip island of script', () => {
    const heavy = CONTENT_PAGES()
      .map((url) => ({ url, bytes: scriptWeight(site.dist, site.base, page(url)) }))
      .filter(({ bytes }) => bytes > 3 * 1024);
    expect(heavy).toEqual([]);
  });

  test('a paper page costs at most 12 KB gzip of HTML and CSS', () => {
    const weights = published().map((entry) => ({
      slug: entry.slug,
      ...pageWeight(site.dist, site.base, page(`/papers/${entry.slug}/`)),
    }));
    const heaviest = weights.reduce((a, b) => (a.html + a.css >= b.html + b.css ? a : b));
    console.info(`[weight] heaviest paper page ${heaviest.slug}: HTML ${heaviest.html} B + CSS ${heaviest.css} B gzip`);
    expect(heaviest.html + heaviest.css).toBeLessThanOrEqual(12 * 1024);
  });

  test("previous and next links walk each theme's primary papers in theme-page order", () => {
    for (const theme of THEME_IDS) {
      const order = linkedSlugs(page(`/themes/${theme}/`).dom, '.items').filter(
        (slug) => entries.find((e) => e.slug === slug)!.theme === theme,
      );
      const walked = [order[0]];
      for (let slug = order[0]; slug;) {
        slug = linkedSlugs(page(`/papers/${slug}/`).dom, '.pager-next')[0];
        if (slug) walked.push(slug);
      }
      expect(walked, theme).toEqual(order);
    }
  });

  test('the overview links each theme with its count of papers', () => {
    const cards = page('/').dom.querySelectorAll('.theme-cards .card');
    expect(
      cards.map((card) => [
        card.querySelector('a')!.getAttribute('href'),
        Number(card.querySelector('.card-count strong')!.text),
      ]),
    ).toEqual(THEME_IDS.map((id) => [`/themes/${id}/`, published().filter((entry) => entry.theme === id).length]));
  });

  test('the chart comes with a table of papers per year for screen readers, matching the entries', () => {
    const dom = page('/').dom;
    expect(dom.querySelector('figure.chart svg[role="img"] title')?.text).toMatch(/Papers per year/);
    const totals = Object.fromEntries(
      dom
        .querySelectorAll('figure.chart tbody tr')
        .map((row) => [row.querySelector('th')!.text, Number(row.querySelectorAll('td').at(-1)!.text)]),
    );
    const expected: Record<string, number> = {};
    for (const entry of published())
      if (entry.date.precision === 'day')
        expected[entry.date.value.slice(0, 4)] = (expected[entry.date.value.slice(0, 4)] ?? 0) + 1;
    expect(Object.fromEntries(Object.entries(totals).filter(([, n]) => n > 0))).toEqual(expected);
  });
});
