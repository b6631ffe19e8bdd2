import { describe, expect, test } from 'vitest';
import { shrunkPages } from '../../src/lib/paging.ts';
import { laterListPages, siteRoutes } from '../../src/lib/routes.ts';

const entries = (n: number, theme = 'imaging') => Array.from({ length: n }, (_, i) => ({ slug: `p${i}`, theme }));

describe('shrunkPages', () => {
  test("names the ledgered later pages past the list's last page, each leading to that page", () => {
    const ledger = [
      '/papers/',
      '/papers/page/2/',
      '/papers/page/3/',
      '/papers/page/4/',
      '/themes/imaging/page/2/',
      '/papers/page/x/',
      '/papers/page/0/',
    ];
    expect(shrunkPages(ledger, '/papers/', 2)).toEqual([
      { page: 3, path: '/papers/page/3/', target: '/papers/page/2/' },
      { page: 4, path: '/papers/page/4/', target: '/papers/page/2/' },
    ]);
    expect(shrunkPages(ledger, '/papers/', 1).map(({ target }) => target)).toEqual([
      '/papers/',
      '/papers/',
      '/papers/',
    ]);
    expect(shrunkPages(ledger, '/papers/', 4)).toEqual([]);
  });
});

describe('siteRoutes with the ledger', () => {
  test('a later page the lists no longer fill is a redirect; one they fill stays a page', () => {
    const routes = siteRoutes(
      entries(150),
      ['imaging'],
      ['/papers/page/2/', '/papers/page/3/', '/themes/imaging/page/2/'],
    );
    expect(routes.get('/papers/page/2/')).toBe('page');
    expect(routes.get('/papers/page/3/')).toBe('redirect');
    expect(routes.get('/themes/imaging/page/2/')).toBe('redirect');
  });

  test('without a ledger no redirect is invented', () => {
    expect([...siteRoutes(entries(10), ['imaging']).values()]).not.toContain('redirect');
  });
});

describe('laterListPages', () => {
  test("lists the table's and each theme's later pages that the entries fill", () => {
    expect(laterListPages(entries(450), ['imaging', 'benchmarks'])).toEqual([
      '/papers/page/2/',
      '/papers/page/3/',
      '/papers/page/4/',
      '/papers/page/5/',
      '/themes/imaging/page/2/',
      '/themes/imaging/page/3/',
    ]);
    expect(laterListPages(entries(64), ['imaging'])).toEqual([]);
  });
});
