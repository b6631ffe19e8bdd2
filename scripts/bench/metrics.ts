/**
 * The benchmark's rows: each metric once, with how to read it from a run and how to print it. The
 * report takes each row's median over the runs of a size.
 */
import type { RunResult } from './run-once.ts';
import { DEBOUNCE_MS, type QueryTiming } from './search-timing.ts';
import { count, gb, kb, mb, ms, ratio, seconds } from './units.ts';

/** A number read from one run (undefined when that run did not measure it). */
export type Metric = (run: RunResult) => number | undefined;

/** A row of the results table. */
export interface Row {
  label: string;
  value: Metric;
  format: (value: number) => string;
}

/** Median of the values that are numbers; the mean of the middle two for an even count. */
export function median(values: Array<number | undefined>): number | undefined {
  const sorted = values
    .filter((value): value is number => typeof value === 'number' && !Number.isNaN(value))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Ingest, Astro and Pagefind: the full build the budget speaks of. */
export const fullBuildMs: Metric = (run) => run.survey.ingestMs + run.survey.buildMs;
/** User CPU time of ingest, Astro and Pagefind together: what the code itself costs. */
export const fullBuildUserMs: Metric = (run) => run.survey.ingestCpu.userMs + run.survey.buildCpu.userMs;
/** The search's own time: keystroke to results without the box's deliberate debounce. */
export const searchMs = (query: QueryTiming) => query.latencyMs - DEBOUNCE_MS;
const laterRare = (run: RunResult, pick: (query: QueryTiming) => number) =>
  run.search ? median(run.search.laterRare.map(pick)) : undefined;

/** The build rows. */
export const BUILD_ROWS: Row[] = [
  { label: 'ingest (`npm run ingest`, process wall time)', value: (run) => run.survey.ingestMs, format: seconds },
  { label: '`astro build`, Pagefind included', value: (run) => run.survey.buildMs, format: seconds },
  { label: '… of which Pagefind (integration log)', value: (run) => run.survey.pagefindMs, format: seconds },
  { label: '**full build** (ingest + astro + Pagefind)', value: fullBuildMs, format: seconds },
  {
    label: 'floor: plain `.md`, glob loader, `astro build` with Pagefind',
    value: (run) => run.floor.wallMs,
    format: seconds,
  },
  { label: '… of which the floor’s Pagefind', value: (run) => run.floor.pagefindMs, format: seconds },
  { label: '**full build ÷ floor**', value: (run) => fullBuildMs(run)! / run.floor.wallMs, format: ratio },
  { label: 'user CPU time: full build', value: fullBuildUserMs, format: seconds },
  { label: 'user CPU time: floor', value: (run) => run.floor.userMs, format: seconds },
  {
    label: 'user CPU time: full build ÷ floor (steadier under load)',
    value: (run) => fullBuildUserMs(run)! / run.floor.userMs,
    format: ratio,
  },
  {
    label: 'system CPU time (mostly the file system): full build',
    value: (run) => run.survey.ingestCpu.sysMs + run.survey.buildCpu.sysMs,
    format: seconds,
  },
  { label: '… floor', value: (run) => run.floor.sysMs, format: seconds },
  {
    label: '**peak RSS** of the build (Astro + Pagefind processes)',
    value: (run) => run.survey.peakRssBytes,
    format: gb,
  },
  { label: 'floor peak RSS', value: (run) => run.floor.peakRssBytes, format: gb },
  { label: 'peak RSS ÷ floor', value: (run) => run.survey.peakRssBytes / run.floor.peakRssBytes, format: ratio },
  { label: 'build log lines', value: (run) => run.survey.logLines, format: count },
  {
    label: '… warning lines (MDX `MODULE_LEVEL_DIRECTIVE` and others)',
    value: (run) => run.survey.warningLines,
    format: count,
  },
  { label: 'entries with curator’s notes (Markdown bodies)', value: (run) => run.survey.notes, format: count },
  { label: 'related papers (`computeRelated`, all entries)', value: (run) => run.related.ms, format: seconds },
  {
    label: '… with theme and rising terms (`buildRelatedData`, what the build runs)',
    value: (run) => run.related.allMs,
    format: seconds,
  },
];

const PAGE_NAMES = {
  overview: 'overview `/`',
  theme: 'largest theme page',
  paper: 'paper page (with notes)',
  list: 'all papers `/papers/`',
};

/** The output rows. */
export const OUTPUT_ROWS: Row[] = [
  { label: '`dist/` size', value: (run) => run.dist.bytes, format: mb },
  { label: '`dist/` files', value: (run) => run.dist.files, format: count },
  { label: 'floor `dist/` size', value: (run) => run.floor.dist.bytes, format: mb },
  { label: '`dist/` size ÷ floor’s', value: (run) => run.dist.bytes / run.floor.dist.bytes, format: ratio },
  { label: 'floor `dist/` files', value: (run) => run.floor.dist.files, format: count },
  { label: '**heaviest HTML page** of `dist/`, gzip', value: (run) => run.heaviest?.htmlGzip, format: kb },
  ...(['overview', 'theme', 'paper', 'list'] as const).flatMap((page): Row[] => [
    { label: `${PAGE_NAMES[page]}: HTML + CSS, gzip`, value: (run) => run.pages[page].htmlCssGzip, format: kb },
    { label: `${PAGE_NAMES[page]}: JS before use, gzip`, value: (run) => run.pages[page].jsGzip, format: kb },
    { label: `${PAGE_NAMES[page]}: HTML, uncompressed`, value: (run) => run.pages[page].htmlBytes, format: kb },
  ]),
];

const SEARCH_CASES: Array<[string, (run: RunResult) => QueryTiming | undefined]> = [
  ['first query, common word', (run) => run.search?.firstCommon],
  ['first query, rare word', (run) => run.search?.firstRare],
  ['later query, common word', (run) => run.search?.laterCommon],
];

/** The search rows (Chromium, header search box on a paper page). */
export const SEARCH_ROWS: Row[] = [
  ...SEARCH_CASES.flatMap(([name, pick]): Row[] => [
    { label: `${name}: transferred`, value: (run) => pick(run)?.bytes, format: kb },
    { label: `${name}: keystroke → results`, value: (run) => pick(run)?.latencyMs, format: ms },
    { label: `${name}: matching papers`, value: (run) => pick(run)?.results, format: count },
  ]),
  {
    label: 'later queries, rare words: transferred (median of 3)',
    value: (run) => laterRare(run, (q) => q.bytes),
    format: kb,
  },
  {
    label: 'later queries, rare words: keystroke → results',
    value: (run) => laterRare(run, (q) => q.latencyMs),
    format: ms,
  },
  {
    label: `… of which search (minus the box’s ${DEBOUNCE_MS} ms debounce)`,
    value: (run) => laterRare(run, searchMs),
    format: ms,
  },
];
