import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { surveyConfig } from '../../src/lib/survey-config.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { pageAt, readPages, type BuiltPage } from './helpers/dist.ts';
import { linkedSlugs } from './helpers/entries.ts';

// The real entries plus four fixture entries (tests/build/fixtures/papers), built in a temporary
// copy of the project: content/papers itself never holds test data.
const FIXTURES = fileURLToPath(new URL('./fixtures/papers', import.meta.url));
let site: BuiltSite;
let pages: BuiltPage[];
const dom = (url: string) => pageAt(pages, url).dom;

beforeAll(async () => {
  site = await buildSite({ extraPapers: FIXTURES });
  pages = await readPages(site.dist, site.base);
});
afterAll(() => site?.cleanup());

describe('an abstract is text, never HTML or MDX', () => {
  test('shows <script>, braces, imports and entities literally, and adds no element', () => {
    const abstract = dom('/papers/fixture-literal-abstract/').querySelector('.abstract')!;
    for (const literal of [
      '<10B',
      '{0.068}',
      "<script>alert('x')</script>",
      "import x from 'y'",
      'export const leak = 1',
      'AT&amp;T',
    ]) {
      expect(abstract.text).toContain(literal);
    }
    expect(abstract.querySelectorAll('*').map((el) => el.tagName)).toEqual(['H2', 'P', 'A', 'A', 'A']);
    // The page's own scripts only: external modules, and the JSON-LD data block (which escapes `<`).
    expect(
      dom('/papers/fixture-literal-abstract/').querySelectorAll('script:not([src]):not([type="application/ld+json"])'),
    ).toHaveLength(0);
  });

  test('links URLs, leaving a sentence period and an unopened bracket outside the link', () => {
    const links = dom('/papers/fixture-literal-abstract/').querySelectorAll('.abstract a');
    expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['https://example.com/code', 'https://example.com/code'],
      ['https://example.org/a_(b)', 'https://example.org/a_(b)'],
      ['https://www.example.net/docs', 'www.example.net/docs'],
    ]);
    expect(dom('/papers/fixture-literal-abstract/').querySelector('.abstract p')!.text).toMatch(
      /code\. See also \(https:\/\/example\.org\/a_\(b\)\) and www\.example\.net\/docs\.$/,
    );
  });
});

describe('a date without a year', () => {
  test('reads "Mar 3 (year unknown)" on the paper page', () => {
    expect(dom('/papers/fixture-year-unknown/').querySelector('.paper-facts time')!.text).toBe('Mar 3 (year unknown)');
  });

  test.each(['/themes/imaging/'])('is grouped under "Year unknown", last, on %s', (url) => {
    const groups = dom(url).querySelectorAll('.year-group');
    expect(groups.at(-1)!.querySelector('h2')!.text).toMatch(/^Year unknown/);
    expect(linkedSlugs(groups.at(-1)!, 'li')).toEqual(['fixture-year-unknown']);
  });

  test('is left out of the chart, which says so', () => {
    expect(dom('/').querySelector('.chart-note')!.text).toContain('1 paper without a known year is not shown');
  });
});

describe('a withdrawn entry', () => {
  test('keeps its page, with a notice giving the reason, and is not indexed for search', () => {
    const page = dom('/papers/fixture-withdrawn/');
    expect(page.querySelector('.notice')!.text).toContain('It duplicated another entry.');
    expect(page.querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('leaves every list', () => {
    const listing = ['/', '/papers/', ...THEME_IDS.map((id) => `/themes/${id}/`)];
    const linking = listing.filter((url) => linkedSlugs(dom(url), 'main').includes('fixture-withdrawn'));
    const fromPapers = pages
      .filter((page) => linkedSlugs(page.dom, '.pager').includes('fixture-withdrawn'))
      .map((page) => page.url);
    expect([...linking, ...fromPapers]).toEqual([]);
  });
});

describe('a paper with an arXiv id, a secondary theme and notes', () => {
  test('links to arXiv and Hugging Face', () => {
    const hrefs = dom('/papers/fixture-arxiv-notes/')
      .querySelectorAll('.paper-links a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://arxiv.org/abs/2501.01234');
    expect(hrefs).toContain('https://huggingface.co/papers/2501.01234');
  });

  test("renders the curator's notes, and only where a body exists", () => {
    expect(dom('/papers/fixture-arxiv-notes/').querySelector('.notes strong')!.text).toBe("the curator's take");
    expect(dom('/papers/fixture-literal-abstract/').querySelector('.notes')).toBeNull();
  });

  test('links "Edit this entry" to its file in the repository', () => {
    const edit = dom('/papers/fixture-arxiv-notes/').querySelector('.edit-link a')!.getAttribute('href');
    expect(edit).toBe(
      `${surveyConfig.repository.url}/edit/${surveyConfig.repository.branch}/content/papers/alignment/fixture-arxiv-notes.mdx`,
    );
  });

  test('shows its themes as badges, the secondary one marked, and counts its comment', () => {
    const page = dom('/papers/fixture-arxiv-notes/');
    expect(page.querySelectorAll('.badges a').map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['/themes/alignment/', 'Alignment & trust'],
      ['/themes/imaging/', 'Also in Imaging & signals'],
    ]);
    expect(page.querySelector('.paper-facts')!.text).toContain('1 comment');
  });

  test('is the newest addition on the overview', () => {
    expect(linkedSlugs(dom('/'), '.items')[0]).toBe('fixture-arxiv-notes');
  });
});
