/**
 * Parse time per capture shape: one synthetic listing of `papers` cards, rendered as the page and
 * copied by each tool the capture corpus uses (the seed's plain form, lynx, w3m, html2text, pandoc,
 * turndown), then parsed `runs` times each. Reports the median, and how many papers were read back.
 */
import { spawnSync } from 'node:child_process';
import { MONTH_ABBREVIATIONS } from '../../src/lib/dates.ts';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { plainCopyCards, type ListingPaper } from '../captures/listing.ts';
import { renderListing } from '../captures/render-listing.ts';
import { htmlToMarkdownWithTurndown } from '../captures/turndown-capture.ts';
import { median } from './metrics.ts';
import { seededRandom } from './synthetic-digest.ts';

/** One shape's figure. */
export interface ParseTiming {
  shape: string;
  bytes: number;
  lines: number;
  papers: number;
  /** Papers the parser read back (equal to `papers` when nothing was lost). */
  read: number;
  medianMs: number;
}

/** Synthetic cards: titles and abstracts from the related-papers corpus, meta and dates from a seeded PRNG. */
function syntheticListing(count: number): ListingPaper[] {
  const random = seededRandom(7);
  return syntheticCorpus(count, { seed: 7, vocabulary: 4000 }).map((paper, i) => ({
    arxiv: `${2001 + (i % 12)}.${String(10000 + i).padStart(5, '0')}`,
    title: paper.title,
    abstract: paper.abstract,
    ...(random() < 0.2
      ? { organization: { slug: `org${i % 50}`, name: `Organisation ${i % 50}` } }
      : { authorsCount: 1 + Math.floor(random() * 12) }),
    date: `${MONTH_ABBREVIATIONS[i % 12]} ${1 + (i % 28)}, ${2018 + (i % 8)}`,
    ...(random() < 0.3 ? { comments: 1 + Math.floor(random() * 9) } : {}),
    upvotes: Math.floor(random() * 100),
  }));
}

/** The seed's plain form (what a browser's copy gives), rendered from the same cards. */
function plainCopy(papers: ListingPaper[]): string {
  return ['Daily Papers', '', 'Jan 8', '', plainCopyCards(papers), ''].join('\n');
}

function tool(command: string, args: string[], html: string): string {
  return spawnSync(command, args, {
    input: html,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  }).stdout;
}

/** Times `parseDigest` on every capture shape of one synthetic listing. */
export function measureParseTimes({ papers = 1000, runs = 3 } = {}): ParseTiming[] {
  const cards = syntheticListing(papers);
  const html = renderListing({
    query: 'clinical',
    pageDate: { shown: 'Jan 8', iso: '2026-01-08', previous: '2026-01-07', next: '2026-01-09' },
    papers: cards,
  });
  const shapes: Array<[string, () => string]> = [
    ["plain copy (the seed's shape)", () => plainCopy(cards)],
    ['lynx -dump', () => tool('lynx', ['-dump', '-stdin', '-display_charset=utf-8'], html)],
    ['lynx -dump -nolist', () => tool('lynx', ['-dump', '-nolist', '-stdin', '-display_charset=utf-8'], html)],
    ['w3m -dump', () => tool('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8'], html)],
    ['html2text', () => tool('html2text', ['-utf8'], html)],
    ['pandoc -t plain', () => tool('pandoc', ['-f', 'html', '-t', 'plain'], html)],
    ['pandoc -t gfm', () => tool('pandoc', ['-f', 'html', '-t', 'gfm'], html)],
    ['turndown', () => htmlToMarkdownWithTurndown(html)],
  ];
  return shapes.map(([shape, capture]) => {
    const text = capture();
    const times: number[] = [];
    let read = 0;
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      read = parseDigest(text, shape).papers.length;
      times.push(performance.now() - started);
    }
    return {
      shape,
      bytes: Buffer.byteLength(text),
      lines: text.split('\n').length,
      papers,
      read,
      medianMs: median(times)!,
    };
  });
}

/** The report's section: one row per shape. */
export function parseTimingSection(timings: ParseTiming[]): string[] {
  if (timings.length === 0) return [];
  return [
    `## Parse time per capture shape (${timings[0].papers.toLocaleString('en')} papers, median)`,
    '',
    '| capture | size | lines | papers read | parse | papers per second |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...timings.map(
      (t) =>
        `| ${t.shape} | ${(t.bytes / 1e6).toFixed(2)} MB | ${t.lines.toLocaleString('en')} | ${t.read.toLocaleString('en')} | ${t.medianMs.toFixed(0)} ms | ${Math.round((t.read / t.medianMs) * 1000).toLocaleString('en')} |`,
    ),
    '',
  ];
}
