import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DigestError, parseDigest } from '../../src/lib/digest/parse-digest.ts';
import type { DigestPaper } from '../../src/lib/paper.ts';
import { plainCopyCards, type Listing, type ListingPaper } from '../../scripts/captures/listing.ts';
import { renderListing } from '../../scripts/captures/render-listing.ts';
import { htmlToMarkdownWithTurndown } from '../../scripts/captures/turndown-capture.ts';

// Words of real abstracts, and the hostile ones: LaTeX, markup, MDX keywords, URLs, other scripts, emoji.
const WORDS = [
  'clinical',
  'model',
  'patients',
  'we',
  'propose',
  'a',
  'benchmark',
  'of',
  'the',
  'and',
  'radiology',
  'notes',
  'accuracy',
  'LLMs',
  'Models',
  'Papers',
  'outperforms',
  'baselines',
  'Next',
  'new',
  'Search',
  'Community',
  '2022',
  'by',
  'on',
  'three',
  'tasks',
  'with',
  'fewer',
  'labels',
  'sepsis',
  'ICU',
  'MIMIC-IV',
  'zero-shot',
  'well-calibrated',
  '40\\%',
  '$x$',
  '$\\alpha \\in \\{0,1\\}$',
  '<b>bold</b>',
  '<script>',
  'p<0.05',
  'a>b',
  'R&D',
  '{curly}',
  'import',
  'export',
  'default',
  'https://example.org/code.',
  'https://github.com/x/y',
  '"quoted"',
  "it's",
  '临床问答',
  'Клиника',
  'ελληνικά',
  '🩺',
  '🚀',
  '✅',
  '(n=1,200)',
  '0.91',
  '—',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const date = fc
  .tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${MONTHS[m]} ${d}, ${y}`);
const organization = fc.record({
  slug: fc.stringMatching(/^[a-z][a-z0-9-]{2,12}$/),
  name: fc
    .array(fc.constantFrom('Stanford', 'AIMI', 'Fudan', 'University', 'UMass', 'NLP', 'Lab', 'Health'), {
      minLength: 1,
      maxLength: 3,
    })
    .map((w) => w.join(' ')),
});

/** Generators of listing papers whose text is drawn from `pool`. */
function generators(pool: string[]) {
  // Words do not repeat within a sentence: a wrapped line repeating the one before is what a bad copy looks like.
  const sentence = (min: number, max: number) =>
    fc.uniqueArray(fc.constantFrom(...pool), { minLength: min, maxLength: max }).map((words) => words.join(' '));
  // A number alone before a title is what a plain copy's upvote count looks like: titles do not start with one.
  const title = sentence(4, 14)
    .filter((text) => !/^\d+ /.test(text))
    .map((text) => `${text[0].toUpperCase()}${text.slice(1)}`);
  /** One to four lines; a middle line may be `---`, as on real pages. */
  const abstract = fc
    .tuple(sentence(18, 60), fc.array(fc.oneof(sentence(6, 30), fc.constant('---')), { maxLength: 3 }))
    .map(([first, more]) => [first, ...more].join('\n'))
    // Two identical lines in a row are what a copy that duplicated a line looks like: the parser reports them.
    .filter((text) => !text.endsWith('---') && !/(^|\n)([^\n]*)\n\2(\n|$)/.test(text));
  const paperWith = (text: fc.Arbitrary<string>): fc.Arbitrary<ListingPaper> =>
    fc
      .record({
        arxiv: fc
          .tuple(fc.integer({ min: 1501, max: 2512 }), fc.integer({ min: 10000, max: 99999 }))
          .map(([a, b]) => `${a}.${b}`),
        title,
        abstract: text,
        by: fc.oneof(fc.integer({ min: 1, max: 40 }), organization),
        date,
        comments: fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        upvotes: fc.integer({ min: 0, max: 300 }),
      })
      .map(({ by, comments, ...rest }) => ({
        ...rest,
        ...(typeof by === 'number' ? { authorsCount: by } : { organization: by }),
        ...(comments === undefined ? {} : { comments }),
      }));
  const papersWith = (text: fc.Arbitrary<string>) =>
    fc.uniqueArray(paperWith(text), { minLength: 1, maxLength: 5, selector: (p) => p.title });
  return { papers: papersWith(abstract), oneLinePapers: papersWith(sentence(18, 60)) };
}
const hostile = generators(WORDS);
// The real tools wrap and mark up text in ways of their own (html2text breaks a URL at a slash, w3m a
// line inside `<script>`): through them, the page's own menu words stay out, so a failure is the parser's.
const MENU_WORDS = new Set(['Models', 'Papers', 'Next', 'new', 'Search', 'Community']);
const throughTools = generators(WORDS.filter((w) => !MENU_WORDS.has(w)));

const page = (list: ListingPaper[]): Listing => ({
  query: 'clinical',
  pageDate: { shown: 'Jan 8', iso: '2026-01-08', previous: '2026-01-07', next: '2026-01-09' },
  papers: list,
});

/** The seed's own shape: what a browser's copy of the page gives. */
function plainCopy(list: ListingPaper[]): string {
  return [
    'Get trending papers in your email inbox!',
    '',
    'Subscribe',
    '',
    'Daily Papers',
    '',
    'byAK and the research community',
    '',
    'Jan 8',
    '',
    plainCopyCards(list),
    '',
  ].join('\n');
}

/** Runs a real capture tool on the page, reading HTML from stdin. */
function tool(command: string, args: string[]) {
  return (list: ListingPaper[]) =>
    spawnSync(command, args, {
      input: renderListing(page(list)),
      encoding: 'utf8',
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    }).stdout;
}

const glyphs = (text: string) => text.replace(/\s+/g, '');
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The papers a capture must give back: text identical (up to wrapping's whitespace), every field as generated. */
function expectSamePapers(got: DigestPaper[], want: ListingPaper[], wraps: boolean): void {
  const same = wraps ? glyphs : words;
  expect(got.map((p) => [same(p.title), same(p.abstract), p.authorsCount, p.organization, p.comments])).toEqual(
    want.map((p) => [same(p.title), same(p.abstract), p.authorsCount, p.organization, p.comments]),
  );
}

describe('parseDigest on generated papers', () => {
  const inProcess: Array<[string, (list: ListingPaper[]) => string]> = [
    ['a plain copy', plainCopy],
    ['turndown (web clippers)', (list) => htmlToMarkdownWithTurndown(renderListing(page(list)))],
  ];
  test.each(inProcess)('%s parses back to the same papers', (_shape, render) => {
    fc.assert(
      fc.property(hostile.papers, (list) => {
        expectSamePapers(parseDigest(render(list), 'generated.txt').papers, list, false);
      }),
      { numRuns: 200 },
    );
  });

  // Real tools are spawned once per run: fewer runs, the same property.
  const tools: Array<[string, (list: ListingPaper[]) => string]> = [
    ['lynx -dump', tool('lynx', ['-dump', '-stdin', '-display_charset=utf-8'])],
    ['lynx -dump -nolist', tool('lynx', ['-dump', '-nolist', '-stdin', '-display_charset=utf-8'])],
    ['w3m -dump', tool('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8'])],
    ['html2text', tool('html2text', ['-utf8'])],
    ['pandoc -t plain', tool('pandoc', ['-f', 'html', '-t', 'plain'])],
    ['pandoc -t gfm', tool('pandoc', ['-f', 'html', '-t', 'gfm'])],
  ];
  // A tool that is not installed is skipped here, loudly (CI installs them all: see .ci/run).
  const installed = (name: string) => spawnSync(name, ['-version'], { stdio: 'ignore' }).error === undefined;
  for (const [shape] of tools)
    if (!installed(shape.split(' ')[0]))
      console.warn(`warning: ${shape.split(' ')[0]} is not installed; its property test is skipped`);
  test.each(tools.filter(([shape]) => installed(shape.split(' ')[0])))(
    '%s parses back to the same papers',
    (_shape, render) => {
      fc.assert(
        fc.property(throughTools.papers, (list) => {
          expectSamePapers(parseDigest(render(list), 'generated.txt').papers, list, true);
        }),
        { numRuns: 12 },
      );
    },
  );
});

describe('parseDigest on counterexamples the properties found', () => {
  // Each once lost text with exit 0 through w3m, which breaks long words at a slash or a tag's `<`.
  const cases: Array<[string, Partial<ListingPaper>]> = [
    [
      'an address broken at a slash ends the abstract',
      {
        title: 'Clinical — a (n=1,200)',
        abstract:
          'clinical a <script> we 0.91 https://example.org/code. it\'s on by MIMIC-IV 🩺 with {curly} $x$ outperforms "quoted" fewer zero-shot 2022 https://github.com/x/y',
      },
    ],
    [
      'a closing tag wrapped onto its own line',
      {
        title: 'Clinical on R&D <b>bold</b>',
        abstract:
          "🩺 ελληνικά clinical we <b>bold</b> LLMs on {curly} p<0.05 model 2022 Клиника benchmark tasks baselines it's (n=1,200) R&D\nhttps://example.org/code. clinical outperforms 临床问答 $x$ tasks 0.91 <b>bold</b>",
      },
    ],
    [
      'a title ending in an address broken after `https:`',
      {
        title: "0.91 🚀 p<0.05 a outperforms it's Клиника well-calibrated clinical export https://github.com/x/y",
        abstract:
          'clinical Клиника it\'s tasks https://example.org/code. 🚀 we model <script> fewer import baselines with <b>bold</b> patients of "quoted" sepsis',
      },
    ],
  ];
  const w3m = tool('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8']);
  test.each(cases)('w3m -dump: %s', (_name, text) => {
    const list = [
      {
        arxiv: '1501.10000',
        title: '',
        abstract: '',
        date: 'Jan 1, 2015',
        upvotes: 0,
        organization: { slug: 'aaa', name: 'Stanford' },
        ...text,
      },
    ] as ListingPaper[];
    expectSamePapers(parseDigest(w3m(list), 'generated.txt').papers, list, true);
  });
});

describe('parseDigest on a mutated capture', () => {
  type Mutation = { kind: 'drop' | 'duplicate' | 'wrap'; at: number; split: number };
  const mutation = fc.record({
    kind: fc.constantFrom<Mutation['kind']>('drop', 'duplicate', 'wrap'),
    at: fc.nat(),
    split: fc.nat(),
  });

  function mutate(text: string, { kind, at, split }: Mutation): string {
    const lines = text.split('\n');
    const index = at % lines.length;
    if (kind === 'drop') lines.splice(index, 1);
    if (kind === 'duplicate') lines.splice(index, 0, lines[index]);
    if (kind === 'wrap') {
      const spaces = [...lines[index].matchAll(/ (?=\S)/g)].map((m) => m.index).filter((i) => i > 0);
      if (spaces.length > 0) {
        const cut = spaces[split % spaces.length];
        lines.splice(index, 1, lines[index].slice(0, cut), lines[index].slice(cut + 1));
      }
    }
    return lines.join('\n');
  }

  // Dropping one line of a multi-line abstract leaves a shorter abstract that no reader can tell from the
  // page's: drops are tried on one-line abstracts (the seed's shape), duplicates and wraps on any.
  test.each([
    ['one-line abstracts, any mutation', hostile.oneLinePapers, mutation],
    ['multi-line abstracts, a line duplicated or wrapped', hostile.papers, mutation.filter((m) => m.kind !== 'drop')],
  ] as const)(
    '%s: parses to the same papers, or fails naming a line; never changes a paper silently',
    (_what, generated, mutations) => {
      fc.assert(
        fc.property(generated, mutations, (list, change) => {
          const text = mutate(plainCopy(list), change);
          let parsed;
          try {
            parsed = parseDigest(text, 'mutated.txt');
          } catch (error) {
            expect(error).toBeInstanceOf(DigestError);
            expect(
              (error as DigestError).diagnostics.some((d) => d.line > 0 || /no papers found/.test(d.message)),
            ).toBe(true);
            return;
          }
          const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
          if (errors.length > 0) {
            expect(errors.every((d) => d.line > 0)).toBe(true);
            return;
          }
          // Without errors: every paper is as generated; a paper may be missing only where a warning names a line.
          const wanted = new Map(list.map((p) => [words(p.title), p]));
          for (const got of parsed.papers) {
            const want = wanted.get(words(got.title));
            expect(want, `an unexpected paper: ${got.title}`).toBeDefined();
            expectSamePapers([got], [want!], false);
          }
          const missing = list.length - parsed.papers.length;
          expect(parsed.diagnostics.filter((d) => d.line > 0).length).toBeGreaterThanOrEqual(missing);
        }),
        { numRuns: 500 },
      );
    },
  );
});
