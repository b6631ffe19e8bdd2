import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkTree } from '../../src/lib/check/check-tree.ts';
import type { CheckedFile } from '../../src/lib/check/check-input.ts';
import { laterPagePaths, listPagePath, pageCount, pageItems, yearStarts } from '../../src/lib/paging.ts';
import type { YearedItem } from '../../src/lib/paging.ts';
import { siteRoutes } from '../../src/lib/routes.ts';
import { laterThemePagePaths, listedUnderTheme, THEME_PAGE_SIZE, themeListSizes } from '../../src/lib/theme-pages.ts';
import { themePagePath, themePaging, yearContinues } from '../../src/lib/theme-pages.ts';

/** Items newest first with the given years, slugs p0, p1, … */
const yeared = (years: Array<number | null>): YearedItem[] => years.map((year, i) => ({ year, slug: `p${i}` }));

describe('paging a list', () => {
  const counts = [
    [0, 1],
    [1, 1],
    [200, 1],
    [201, 2],
    [400, 2],
    [401, 3],
  ];
  test.each(counts)('%i items fill %i pages of 200', (count, pages) => {
    expect(pageCount(count, 200)).toBe(pages);
  });

  test("the first page keeps the list's own path; later ones are under page/<n>/", () => {
    expect(listPagePath('/themes/imaging/', 1)).toBe('/themes/imaging/');
    expect(listPagePath('/themes/imaging/', 3)).toBe('/themes/imaging/page/3/');
    expect(laterPagePaths('/themes/imaging/', 200, 200)).toEqual([]);
    expect(laterPagePaths('/themes/imaging/', 0, 200)).toEqual([]);
    expect(laterPagePaths('/themes/imaging/', 201, 200)).toEqual(['/themes/imaging/page/2/']);
  });

  test('pages hold every item exactly once, in order, none over the size', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.integer({ min: 1, max: 300 }), (count, size) => {
        const items = Array.from({ length: count }, (_, i) => i);
        const pages = Array.from({ length: pageCount(count, size) }, (_, i) => pageItems(items, i + 1, size));
        expect(pages.flat()).toEqual(items);
        expect(pages.every((page) => page.length <= size)).toBe(true);
        expect(pages.slice(0, -1).every((page) => page.length === size)).toBe(true);
      }),
    );
  });

  test('a year that spans pages starts on the page of its first item, with its whole count', () => {
    expect(yearStarts(yeared([2025, 2024, 2024, 2024, 2023, null]), 2)).toEqual([
      { year: 2025, page: 1, slug: 'p0', count: 1 },
      { year: 2024, page: 1, slug: 'p1', count: 3 },
      { year: 2023, page: 3, slug: 'p4', count: 1 },
      { year: null, page: 3, slug: 'p5', count: 1 },
    ]);
  });

  test('an empty list has one page and no years', () => {
    expect(themePaging([])).toEqual({ pageCount: 1, years: [] });
  });
});

describe('theme pages', () => {
  test('a theme of exactly a page has no later page; one more paper makes page 2', () => {
    expect(laterThemePagePaths('imaging', THEME_PAGE_SIZE)).toEqual([]);
    expect(laterThemePagePaths('imaging', THEME_PAGE_SIZE + 1)).toEqual(['/themes/imaging/page/2/']);
    expect(themePaging(yeared(Array(THEME_PAGE_SIZE).fill(2024))).pageCount).toBe(1);
    expect(themePaging(yeared(Array(THEME_PAGE_SIZE + 1).fill(2024))).pageCount).toBe(2);
    expect(themePagePath('imaging', 1)).toBe('/themes/imaging/');
  });

  test('a year says it continues only on a page after the one it starts on', () => {
    const { years } = themePaging(yeared([2025, 2024, 2024, 2024]), 2);
    expect(yearContinues(years, 2024, 1)).toBe(false);
    expect(yearContinues(years, 2024, 2)).toBe(true);
    expect(yearContinues(years, 2023, 2)).toBe(false);
  });

  test('lists published papers whose primary or secondary theme it is, never withdrawn ones', () => {
    expect(listedUnderTheme({ theme: 'imaging' }, 'imaging')).toBe(true);
    expect(listedUnderTheme({ theme: 'benchmarks', secondaryThemes: ['imaging'] }, 'imaging')).toBe(true);
    expect(listedUnderTheme({ theme: 'benchmarks', secondaryThemes: ['alignment'] }, 'imaging')).toBe(false);
    expect(listedUnderTheme({ theme: 'imaging', status: 'withdrawn' }, 'imaging')).toBe(false);
    const malformed = { theme: 'benchmarks', secondaryThemes: 'imaging' };
    expect(listedUnderTheme(malformed, 'imaging'), 'a malformed field lists nothing').toBe(false);
    const entries = [
      { theme: 'imaging' },
      { theme: 'benchmarks', secondaryThemes: ['imaging'] },
      { theme: 'imaging', status: 'withdrawn' },
    ];
    const sizes = themeListSizes(entries, ['imaging', 'benchmarks', 'alignment']);
    expect([...sizes]).toEqual([
      ['imaging', 2],
      ['benchmarks', 1],
      ['alignment', 0],
    ]);
  });
});

describe('siteRoutes and theme pages', () => {
  const entries = (count: number) => Array.from({ length: count }, (_, i) => ({ slug: `p${i}`, theme: 'imaging' }));
  const themePages = (routes: Map<string, string>) =>
    [...routes.keys()].filter((path) => /^\/themes\/.*\/page\//.test(path));

  test('knows the later pages of a theme longer than a page, secondary papers counted', () => {
    const secondary = Array.from({ length: 5 }, (_, i) => ({
      slug: `s${i}`,
      theme: 'benchmarks',
      secondaryThemes: ['imaging'],
    }));
    expect(themePages(siteRoutes(entries(THEME_PAGE_SIZE), ['imaging', 'benchmarks']))).toEqual([]);
    const routes = siteRoutes([...entries(THEME_PAGE_SIZE - 4), ...secondary], ['imaging', 'benchmarks']);
    expect(themePages(routes)).toEqual(['/themes/imaging/page/2/']);
    expect(siteRoutes(entries(2 * THEME_PAGE_SIZE + 1), ['imaging']).get('/themes/imaging/page/3/')).toBe('page');
  });

  test('does not count withdrawn papers, which the theme page does not list', () => {
    const withdrawn = { slug: 'gone', theme: 'imaging', status: 'withdrawn' };
    const routes = siteRoutes([...entries(THEME_PAGE_SIZE), withdrawn], ['imaging']);
    expect(themePages(routes)).toEqual([]);
  });

  test('entries without themes (a file that cannot be read) add no theme page', () => {
    const unread = Array.from({ length: 3 * THEME_PAGE_SIZE }, (_, i) => ({ slug: `p${i}` }));
    expect(themePages(siteRoutes(unread, ['imaging']))).toEqual([]);
  });
});

describe('npm run check and theme pages', () => {
  // Minimal files: only what decides the routes. Their schema errors are not what this looks at.
  const files = (count: number, data: Record<string, unknown> = {}): CheckedFile[] =>
    Array.from({ length: count }, (_, i) => ({
      file: `content/papers/imaging/p${i}.mdx`,
      path: `papers/imaging/p${i}.mdx`,
      text: '',
      data: { slug: `p${i}`, theme: 'imaging', ...data },
      body: '',
    }));
  const ledger = { file: 'content/published-urls.txt', lines: [{ url: '/themes/imaging/page/2/', line: 1 }] };
  const brokenUrls = (input: CheckedFile[]) =>
    checkTree({ files: input, ledger }, { reviewWarnings: false, ledgerListsEveryEntry: false })
      .errors.filter((error) => /no longer resolves/.test(error.message))
      .map((error) => error.message);

  test('accepts a ledgered later theme page while the theme fills it, and once it does not (it becomes a redirect)', () => {
    expect(brokenUrls(files(THEME_PAGE_SIZE + 1))).toEqual([]);
    // Withdrawing or moving papers shrinks the list; the promised URL then leads to its last page.
    expect(brokenUrls(files(THEME_PAGE_SIZE))).toEqual([]);
    expect(brokenUrls([...files(THEME_PAGE_SIZE), ...files(1, { slug: 'gone', status: 'withdrawn' })])).toEqual([]);
  });
});
