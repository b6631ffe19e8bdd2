import { fileURLToPath } from 'node:url';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { pageAt, readPages, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs, readEntryFacts, type EntryFacts } from './helpers/entries.ts';

// The real entries plus three fixtures (tests/build/fixtures/related): one that pins GAITGen and excludes
// TrialPanorama, a control with the same text and no overrides, and a withdrawn near-copy of GAITGen.
const FIXTURES = fileURLToPath(new URL('./fixtures/related', import.meta.url));
let site: BuiltSite;
let pages: BuiltPage[];
let entries: EntryFacts[];
const dom = (url: string) => pageAt(pages, url).dom;
const slugOf = (titleStart: string) => {
  const entry = entries.find((candidate) => candidate.title.startsWith(titleStart));
  if (!entry) throw new Error(`no entry titled "${titleStart}…"`);
  return entry.slug;
};
/** The related links of a paper page, in order: target slug, shared terms shown, and whether pinned. */
const relatedOf = (slug: string) =>
  dom(`/papers/${slug}/`)
    .querySelectorAll('.related-list > li')
    .map((item: HTMLElement) => ({
      slug: /\/papers\/([^/]+)\/$/.exec(item.querySelector('a')!.getAttribute('href') ?? '')?.[1],
      terms: item.querySelectorAll('.related-why .term').map((term) => term.text.trim()),
      pinned: item.querySelector('.tag')?.text.includes('Editors’ pick') ?? false,
    }));

beforeAll(async () => {
  site = await buildSite({ extraPapers: FIXTURES });
  pages = await readPages(site.dist, site.base);
  entries = await readEntryFacts(site.root);
});
afterAll(() => site?.cleanup());

describe('related papers on paper pages', () => {
  test('every paper page lists at least three related papers and never itself, withdrawn pages included', () => {
    const problems = entries.flatMap(({ slug }) => {
      const links = relatedOf(slug).map((link) => link.slug);
      return [
        ...(links.length < 3 ? [`${slug}: ${links.length} links`] : []),
        ...(links.includes(slug) ? [`${slug}: links to itself`] : []),
      ];
    });
    expect(entries.length, 'the seed survey and the fixtures').toBeGreaterThanOrEqual(67);
    expect(problems).toEqual([]);
  });

  test('a ranked link says why with at most three shared phrases or names, and nearly every link has one', () => {
    const ranked = entries.flatMap(({ slug }) =>
      relatedOf(slug)
        .filter((link) => !link.pinned)
        .map((link) => ({ from: slug, ...link })),
    );
    expect(
      ranked
        .filter((link) => link.terms.length > 3)
        .map((link) => `${link.from} → ${link.slug}: ${link.terms.length} terms`),
    ).toEqual([]);
    const silent = ranked.filter((link) => link.terms.length === 0);
    expect(silent.length / ranked.length, silent.map((link) => `${link.from} → ${link.slug}`).join(', ')).toBeLessThan(
      0.06,
    );
  });

  test.each([
    ['Biomedical and Clinical Language Models for Spanish', 'ClinLinker'],
    ['NOVA: A Benchmark for Anomaly Localization', 'Rethinking Brain Tumor Segmentation'],
  ])('relates "%s…" and "%s…" both ways', (first, second) => {
    const [a, b] = [slugOf(first), slugOf(second)];
    expect(
      relatedOf(a).map((link) => link.slug),
      a,
    ).toContain(b);
    expect(
      relatedOf(b).map((link) => link.slug),
      b,
    ).toContain(a);
  });

  test("honours a curator's pin (first, marked) and exclude, which the same text without overrides would list", () => {
    const pinned = relatedOf('fixture-related-pins');
    expect(pinned[0]).toMatchObject({ slug: 'gaitgen', pinned: true });
    expect(pinned.slice(1).every((link) => !link.pinned)).toBe(true);
    expect(pinned.map((link) => link.slug)).not.toContain('trialpanorama');
    expect(relatedOf('fixture-related-control').map((link) => link.slug)).toContain('trialpanorama');
  });

  test('never links to a withdrawn paper, but gives a withdrawn page links onward', () => {
    const linking = entries
      .filter(({ slug }) => relatedOf(slug).some((link) => link.slug === 'fixture-related-withdrawn'))
      .map(({ slug }) => slug);
    expect(linking).toEqual([]);
    expect(relatedOf('fixture-related-withdrawn')[0]?.slug, 'its near-copy').toBe('gaitgen');
  });

  test("keeps related titles out of the paper's search index", () => {
    const related = dom('/papers/clinlinker/').querySelector('.related')!;
    expect(related.closest('[data-pagefind-ignore]'), 'an ancestor with data-pagefind-ignore').not.toBeNull();
  });
});

describe('a theme at a glance', () => {
  test.each(THEME_IDS)('%s shows characteristic terms, each searching the theme', (theme) => {
    const links = dom(`/themes/${theme}/`).querySelectorAll('.shape .term-list a.term');
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links)
      expect(link.getAttribute('href')).toMatch(new RegExp(`^/search/\\?q=[^&]+&theme=${theme}$`));
  });

  test.each(THEME_IDS)('%s has a histogram SVG named by its title and desc, with the numbers as a table', (theme) => {
    const page = dom(`/themes/${theme}/`);
    const svg = page.querySelector('figure.histogram svg[role="img"]')!;
    const name = (svg.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => page.querySelector(`[id="${id}"]`)?.text.trim());
    expect(name, 'title and desc').toEqual([
      expect.stringMatching(/^Papers per year in .+, \d{4} to \d{4}$/),
      expect.stringMatching(/\S/),
    ]);
    const drawn = page
      .querySelectorAll('figure.histogram tbody tr')
      .reduce((sum, row) => sum + row.querySelectorAll('td').reduce((n, td) => n + Number(td.text), 0), 0);
    const listed = entries.filter(
      (entry) =>
        !entry.withdrawn &&
        entry.date.precision === 'day' &&
        (entry.theme === theme || entry.secondaryThemes.includes(theme)),
    );
    expect(drawn, 'dated papers of the theme, primary and secondary').toBe(listed.length);
    expect(svg.querySelectorAll('rect.column').length).toBeGreaterThan(0);
  });

  test.each(THEME_IDS)('%s shows its three newest papers, as the list below orders them', (theme) => {
    const page = dom(`/themes/${theme}/`);
    const own = linkedSlugs(page, '.items').filter(
      (slug) => entries.find((entry) => entry.slug === slug)!.theme === theme,
    );
    expect(linkedSlugs(page, '.shape-newest')).toEqual(own.slice(0, 3));
  });
});

describe('the overview', () => {
  test('shows the terms that rose most in the last two years, each with its shares, and keeps the year chart', () => {
    const page = dom('/');
    const rows = page.querySelectorAll('ol.rising > li');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row.querySelector('a')!.getAttribute('href')).toMatch(/^\/search\/\?q=[^&]+&sort=newest$/);
      const [recent, earlier] = [...row.querySelector('.rising-figures')!.text.matchAll(/(\d+)%/g)].map((match) =>
        Number(match[1]),
      );
      expect(recent, row.text).toBeGreaterThan(earlier!);
    }
    expect(page.querySelector('#rising-heading')!.text).toBe('Rising terms');
    expect(page.querySelector('figure.chart svg[role="img"]'), 'the papers-per-year chart').not.toBeNull();
  });
});
