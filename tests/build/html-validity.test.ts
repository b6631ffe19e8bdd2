import { copyFile, glob } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from './helpers/build-site.ts';
import { readPage } from './helpers/dist.ts';
import { runVnu, type VnuError } from './helpers/vnu.ts';

// The Nu HTML Checker (vnu-jar from npm) on Debian's Java (default-jre-headless), run once over
// every HTML page of a real build; each page type gets its own test, which lists every error. The
// build has one extra entry whose abstract holds TeX, so the MathML it renders is checked too.
const TEX_FIXTURE = fileURLToPath(new URL('./fixtures/tex/fixture-tex-abstract.mdx', import.meta.url));

const PAGE_TYPES: Array<{ type: string; matches: (file: string) => boolean }> = [
  { type: 'overview', matches: (file) => file === 'index.html' },
  { type: 'theme', matches: (file) => file.startsWith('themes/') },
  { type: 'all papers', matches: (file) => file === 'papers/index.html' },
  { type: 'paper', matches: (file) => /^papers\/[^/]+\/index\.html$/.test(file) },
  { type: 'about', matches: (file) => file === 'about/index.html' },
  { type: 'search', matches: (file) => file === 'search/index.html' },
  { type: '404', matches: (file) => file === '404.html' },
];

let site: BuiltSite;
let files: string[];
let errors: VnuError[];

beforeAll(async () => {
  site = await buildSite({
    prepare: (root) => copyFile(TEX_FIXTURE, `${root}/content/papers/imaging/fixture-tex-abstract.mdx`),
  });
  files = [];
  for await (const file of glob('**/*.html', { cwd: site.dist })) if (!file.startsWith('pagefind/')) files.push(file);
  errors = await runVnu(site.dist, files.sort());
});
afterAll(() => site?.cleanup());

describe('the Nu HTML Checker', () => {
  test('checked every page of the build', () => {
    expect(files.length).toBeGreaterThan(64);
    for (const { type, matches } of PAGE_TYPES) expect(files.some(matches), `a ${type} page`).toBe(true);
  });

  test.each(PAGE_TYPES)('finds no errors on the $type pages', ({ matches }) => {
    const found = errors
      .filter((error) => matches(error.file))
      .map((error) => `${error.file}:${error.line ?? '?'}: ${error.message} — ${error.extract ?? ''}`);
    expect(found).toEqual([]);
  });

  test('finds no errors on any other page (redirects, aliases)', () => {
    const other = errors.filter((error) => !PAGE_TYPES.some(({ matches }) => matches(error.file)));
    expect(other.map((error) => `${error.file}: ${error.message}`)).toEqual([]);
  });
});

describe('TeX in an abstract', () => {
  const abstract = () =>
    readPage(site.dist, site.base, 'papers/fixture-tex-abstract/index.html').dom.querySelector('.abstract')!;

  test('renders math as MathML at build time, escapes as text, and keeps prices and broken TeX as written', () => {
    const maths = abstract().querySelectorAll('math');
    expect(maths).toHaveLength(3);
    expect(maths[2]!.getAttribute('display')).toBe('block');
    const text = abstract().text;
    for (const literal of [
      'less than 10% the cost',
      'A scan costs $5, or between $5 and $10, at R&D labs',
      '\\frac{1}{ and $\\frac{1}{$ stays',
      '<b>tags</b> stay text',
    ]) {
      expect(text).toContain(literal);
    }
    expect(abstract().querySelector('i')?.text).toBe('in vivo');
    expect(abstract().querySelectorAll('b, script')).toHaveLength(0);
  });

  test('lists show the snippet with the same rendering', () => {
    const item = readPage(site.dist, site.base, 'themes/imaging/index.html')
      .dom.querySelectorAll('.item')
      .find((li) => li.querySelector('a[href$="/fixture-tex-abstract/"]'));
    expect(item?.querySelector('.item-lead')?.querySelectorAll('math')).toHaveLength(3);
  });
});
