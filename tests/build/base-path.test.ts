import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { findBrokenLinks, readPages, type BuiltPage } from './helpers/dist.ts';

// The same survey built for a GitHub Pages project site: everything must live under /survey/.
let site: BuiltSite;
let pages: BuiltPage[];

beforeAll(async () => {
  site = await buildSite({ base: '/survey/' });
  pages = await readPages(site.dist, site.base);
});
afterAll(() => site?.cleanup());

describe('the survey built with SURVEY_BASE=/survey/', () => {
  test('every internal link and asset resolves to a file in dist, under /survey/', () => {
    expect(pages.length).toBeGreaterThan(64);
    expect(findBrokenLinks(site.dist, site.base, pages)).toEqual([]);
  });

  test('no root-relative link escapes the base', () => {
    const escaping = pages.flatMap(({ file, dom }) =>
      dom
        .querySelectorAll('[href], [src], form[action]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
        .filter((link) => link.startsWith('/') && !link.startsWith('/survey/'))
        .map((link) => `${file}: ${link}`),
    );
    expect(escaping).toEqual([]);
  });

  test('canonical URLs include the base', () => {
    const paper = pages.find((page) => page.url === '/survey/papers/gatortron/')!;
    expect(paper.dom.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/survey/papers/gatortron/',
    );
    expect(
      pages
        .find((page) => page.url === '/survey/')!
        .dom.querySelector('link[rel="canonical"]')
        ?.getAttribute('href'),
    ).toBe('https://example.org/survey/');
  });
});
