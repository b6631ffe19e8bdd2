import { describe, expect, test } from 'vitest';
import { parseUrlLedger } from '../../src/lib/content-tree/layout.ts';
import { brokenLedgerReport, ledgerUrlFix } from '../../src/lib/url-ledger-report.ts';
import { siteRoutes } from '../../src/lib/routes.ts';

describe('parseUrlLedger', () => {
  test('reads one URL a line, skipping blank lines, comments and surrounding spaces', () => {
    expect(parseUrlLedger('/papers/a/\n\n# seeded\n  /feed.xml  \r\n/papers/b/')).toEqual([
      '/papers/a/',
      '/feed.xml',
      '/papers/b/',
    ]);
  });
});

describe('ledgerUrlFix', () => {
  test.each([
    ['/papers/old-slug/', /add "old-slug" to its aliases .*restore it and retire it with status: withdrawn/],
    ['/themes/imaging/', /restore the theme id "imaging" in content\/themes.json/],
    ['/themes/imaging.bib', /restore the theme id "imaging"/],
    ['/feed.xml', /restore the page or endpoint under src\/pages\//],
  ])('tells how to bring back %s', (url, fix) => {
    expect(ledgerUrlFix(url)).toMatch(fix);
  });
});

describe('brokenLedgerReport', () => {
  test('names each URL with its fix, the ledger file, and that the ledger is append-only', () => {
    const report = brokenLedgerReport(['/papers/a/', '/feed.xml'], 'content/published-urls.txt').split('\n');
    expect(report[0]).toBe(
      '2 published URLs no longer resolve to a page or a redirect in the build. They are listed in content/published-urls.txt, and people cite them, so each must keep working:',
    );
    expect(report.slice(1, 3).map((line) => line.split(':')[0])).toEqual(['  /papers/a/', '  /feed.xml']);
    expect(report.at(-1)).toBe('Never remove a line from content/published-urls.txt: it is append-only.');
  });

  test('speaks of one URL in the singular', () => {
    expect(brokenLedgerReport(['/papers/a/'], 'ledger.txt')).toMatch(/^1 published URL no longer resolves/);
  });
});

describe('siteRoutes', () => {
  test("publishes each paper's page and downloads, and redirects its aliases, with their downloads copied", () => {
    const routes = siteRoutes([{ slug: 'new', aliases: ['old'] }], []);
    expect([...routes].filter(([path]) => path.startsWith('/papers/') && path !== '/papers/')).toEqual([
      ['/papers/new/', 'page'],
      ['/papers/new/cite.bib', 'page'],
      ['/papers/new/cite.ris', 'page'],
      ['/papers/old/', 'redirect'],
      ['/papers/old/cite.bib', 'page'],
      ['/papers/old/cite.ris', 'page'],
    ]);
  });

  test("never turns another entry's page into a redirect, whichever comes first", () => {
    expect(siteRoutes([{ slug: 'a', aliases: ['b'] }, { slug: 'b' }], []).get('/papers/b/')).toBe('page');
  });
});
