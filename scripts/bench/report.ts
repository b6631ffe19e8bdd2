/**
 * The results file: budgets, then every measurement per size (medians of the runs), each run's raw
 * timings and load, the machine, and the hand-written log of fixes (`bench/fixes.md`).
 */
import { BUDGETS, judge } from './budgets.ts';
import type { MachineInfo } from './machine.ts';
import {
  BUILD_ROWS,
  fullBuildMs,
  fullBuildUserMs,
  median,
  OUTPUT_ROWS,
  SEARCH_ROWS,
  type Metric,
  type Row,
} from './metrics.ts';
import { count, gb, kb, seconds } from './units.ts';
import { parseTimingSection, type ParseTiming } from './parse-timing.ts';
import type { RunResult } from './run-once.ts';

/** What the report is made from. */
export interface ReportInput {
  date: string;
  command: string;
  sizes: number[];
  runs: RunResult[];
  machine: MachineInfo;
  /** Minutes the whole benchmark took. */
  minutes: number;
  fixes?: string;
  /** Parse time per capture shape (see parse-timing.ts); absent in results made before it existed. */
  parse?: ParseTiming[];
}

/** Renders the results as Markdown. */
export function renderReport({ date, command, sizes, runs, machine, minutes, fixes, parse }: ReportInput): string {
  const bySize = sizes.map((size) => runs.filter((run) => run.size === size));
  const largest = bySize.at(-1)!;
  // The budgets are stated at 10,000 entries: judged there when it was measured, and shown beyond it.
  const stated = bySize.find((runs) => runs[0].size === 10_000) ?? largest;
  const beyond = bySize.filter((runs) => runs[0].size > stated[0].size);
  const loads = runs.flatMap((run) => run.load);
  const lines = [
    `# Benchmark results, ${date}`,
    '',
    `\`${command}\`: ${sizes.map(count).join(', ')} entries, ${runsPerSize(bySize)}; the whole run took ${minutes.toFixed(1)} minutes.`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb.toFixed(1)} GB memory; builds on Node ${machine.buildNode}, Astro ${machine.astro}, Pagefind ${machine.pagefind}.`,
    `1-minute load average during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${machine.cpus} CPUs. Other work on the machine (other test suites) makes timings noisy; ratios to the floor, measured in the same run, are steadier than absolute times.`,
    'KB, MB and GB are 1,000-based. Transferred bytes are response bodies, text gzip-compressed as a static host serves it.',
    '',
    `## Budgets (at ${count(stated[0].size)} entries${beyond.length > 0 ? `, and at ${beyond.map((runs) => count(runs[0].size)).join(', ')}` : ''})`,
    '',
    `| budget | limit | measured | met |${beyond.map((runs) => ` at ${count(runs[0].size)} | met |`).join('')}`,
    `| --- | ---: | ---: | :---: |${beyond.map(() => ' ---: | :---: |').join('')}`,
    ...BUDGETS.map((budget) => {
      const verdict = (runs: RunResult[]) => {
        const { value, met } = judge(budget, runs);
        return ` ${value === undefined ? '–' : budget.format(value)} | ${met === undefined ? '–' : met ? 'yes' : '**no**'} |`;
      };
      return `| ${budget.name} | ${budget.format(budget.limit)} |${verdict(stated)}${beyond.map(verdict).join('')}`;
    }),
    '',
    ...section('Build', BUILD_ROWS, sizes, bySize),
    ...section('Output', OUTPUT_ROWS, sizes, bySize),
    ...heaviestPages(sizes, bySize),
    ...growthSection(sizes, bySize),
    ...section(
      'Search (headless Chromium, header search box on a paper page, empty cache per reader)',
      SEARCH_ROWS,
      sizes,
      bySize,
    ),
    ...parseTimingSection(parse ?? []),
    '## Runs',
    '',
    '| entries | run | ingest | astro build | Pagefind | floor | peak RSS (by process) | floor peak | load before → after |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bySize.flatMap((group) =>
      group.map(
        (run, i) =>
          `| ${count(run.size)} | ${i + 1} | ${seconds(run.survey.ingestMs)} | ${seconds(run.survey.buildMs)} | ${seconds(run.survey.pagefindMs)} | ${seconds(run.floor.wallMs)} | ${gb(run.survey.peakRssBytes)} (${byProcess(run.survey.peakByProcess)}) | ${gb(run.floor.peakRssBytes)} | ${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)} |`,
      ),
    ),
    '',
    ...queriesUsed(largest),
  ];
  if (fixes) lines.push(fixes.trim(), '');
  return `${lines.join('\n')}\n`;
}

/** "median of 3 runs per size", or the count per size when they differ (one run above 10,000 entries). */
function runsPerSize(bySize: RunResult[][]): string {
  const counts = new Set(bySize.map((runs) => runs.length));
  const n = bySize[0].length;
  if (counts.size === 1) return n === 1 ? 'one run per size' : `median of ${n} runs per size`;
  return bySize
    .map((runs) => `${runs.length === 1 ? 'one run' : `median of ${runs.length} runs`} at ${count(runs[0].size)}`)
    .join(', ');
}

function heaviestPages(sizes: number[], bySize: RunResult[][]): string[] {
  const named = bySize.map((runs, i) => {
    const heaviest = runs.map((run) => run.heaviest).filter((page) => page !== undefined);
    if (heaviest.length === 0) return undefined;
    const top = heaviest.reduce((a, b) => (a.htmlGzip >= b.htmlGzip ? a : b));
    return `${count(sizes[i])}: \`${top.path}\` (${kb(top.htmlGzip)})`;
  });
  const known = named.filter((line) => line !== undefined);
  return known.length === 0 ? [] : [`Heaviest HTML page (gzip, largest of the runs): ${known.join('; ')}.`, ''];
}

/**
 * Per-entry cost at each size, and how each cost grows from one size to the next as an exponent:
 * `log(b/a) ÷ log(m/n)` for values a at n entries and b at m. 1.0 is linear; 0 is constant; above
 * 1.1 grows faster than the survey and names where the time or bytes go.
 */
export const GROWTH_ROWS: Array<[string, Metric, (value: number) => string]> = [
  ['full build (ingest + astro + Pagefind), wall', fullBuildMs, (v) => `${v.toFixed(2)} ms`],
  ['full build, user CPU', fullBuildUserMs, (v) => `${v.toFixed(2)} ms`],
  ['… ingest, wall', (run) => run.survey.ingestMs, (v) => `${v.toFixed(3)} ms`],
  ['… Pagefind', (run) => run.survey.pagefindMs, (v) => `${v.toFixed(3)} ms`],
  ['related papers (`computeRelated`)', (run) => run.related.ms, (v) => `${v.toFixed(3)} ms`],
  ['floor with search, wall', (run) => run.floor.wallMs, (v) => `${v.toFixed(2)} ms`],
  ['peak RSS of the build', (run) => run.survey.peakRssBytes, (v) => `${(v / 1000).toFixed(0)} KB`],
  ['`dist/` size', (run) => run.dist.bytes, (v) => `${(v / 1000).toFixed(1)} KB`],
  ['largest theme page, gzip', (run) => run.pages.theme.htmlCssGzip, (v) => `${v.toFixed(1)} B`],
  ['first search query, common word, transferred', (run) => run.search?.firstCommon.bytes, (v) => `${v.toFixed(1)} B`],
];

function growthSection(sizes: number[], bySize: RunResult[][]): string[] {
  if (sizes.length < 2) return [];
  const steps = sizes.slice(1).map((size, i) => `${count(sizes[i])} → ${count(size)}`);
  return [
    '## Growth: cost per entry, and how it grows',
    '',
    "Each value divided by the number of entries, then the growth exponent between neighbouring sizes (1.0 is linear, 0 constant; more than about 1.1 is worse than linear). Wall times follow the machine's load, which differed between sizes: read user CPU, RSS and bytes.",
    '',
    `| per entry | ${sizes.map(count).join(' | ')} | ${steps.map((step) => `growth ${step}`).join(' | ')} |`,
    `| --- |${sizes.map(() => ' ---: |').join('')}${steps.map(() => ' ---: |').join('')}`,
    ...GROWTH_ROWS.map(([label, metric, format]) => {
      const values = bySize.map((runs) => median(runs.map(metric)));
      const perEntry = values.map((value, i) => (value === undefined ? '–' : format(value / sizes[i])));
      const growth = values.slice(1).map((value, i) => {
        const before = values[i];
        return value === undefined || before === undefined || before <= 0
          ? '–'
          : (Math.log(value / before) / Math.log(sizes[i + 1] / sizes[i])).toFixed(2);
      });
      return `| ${label} | ${perEntry.join(' | ')} | ${growth.join(' | ')} |`;
    }),
    '',
  ];
}

function byProcess(parts: Record<string, number>): string {
  return Object.entries(parts)
    .filter(([, bytes]) => bytes >= 1e7)
    .sort(([, a], [, b]) => b - a)
    .map(([name, bytes]) => `${name} ${gb(bytes)}`)
    .join(' + ');
}

function section(title: string, rows: Row[], sizes: number[], bySize: RunResult[][]): string[] {
  return [
    `## ${title}`,
    '',
    `| | ${sizes.map(count).join(' | ')} |`,
    `| --- |${sizes.map(() => ' ---: |').join('')}`,
    ...rows.map((row) => `| ${row.label} | ${bySize.map((runs) => cell(row, runs)).join(' | ')} |`),
    '',
  ];
}

function cell(row: Row, runs: RunResult[]): string {
  const value = median(runs.map(row.value));
  return value === undefined ? '–' : row.format(value);
}

function queriesUsed(runs: RunResult[]): string[] {
  const search = runs.find((run) => run.search)?.search;
  if (!search) return [];
  const word = (q: { query: string; results: number }) =>
    `“${q.query}” (${count(q.results)} paper${q.results === 1 ? '' : 's'})`;
  const files = search.firstCommon.files.map(
    ({ path, bytes }) => `\`${path.replace(/^.*\/pagefind\//, '').replace(/\/(\w+_)[0-9a-f]+/, '/$1…')}\` ${kb(bytes)}`,
  );
  return [
    `The first query fetched ${files.join(', ')}.`,
    '',
    `Search words at ${count(runs[0].size)} entries, picked from the entries by document frequency: common ${word(search.firstCommon)} then ${word(search.laterCommon)}; rare ${word(search.firstRare)} first in a second reader, and ${search.laterRare.map(word).join(', ')} after the first query.`,
    '',
  ];
}
