/**
 * The results file: budgets, then every measurement per size (medians of the runs), each run's raw
 * timings and load, the machine, and the hand-written log of fixes (`bench/fixes.md`).
 */
import { BUDGETS, judge } from './budgets.ts';
import type { MachineInfo } from './machine.ts';
import { BUILD_ROWS, count, gb, kb, median, OUTPUT_ROWS, SEARCH_ROWS, seconds, type Row } from './metrics.ts';
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
  const loads = runs.flatMap((run) => run.load);
  const perSize = Math.max(...bySize.map((r) => r.length));
  const lines = [
    `# Benchmark results, ${date}`,
    '',
    `\`${command}\`: ${sizes.map(count).join(' and ')} entries, median of ${perSize} run${perSize === 1 ? '' : 's'} per size; the whole run took ${minutes.toFixed(1)} minutes.`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb.toFixed(1)} GB memory; builds on Node ${machine.buildNode}, Astro ${machine.astro}, Pagefind ${machine.pagefind}.`,
    `1-minute load average during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${machine.cpus} CPUs. Other work on the machine (other test suites) makes timings noisy; ratios to the floor, measured in the same run, are steadier than absolute times.`,
    'KB, MB and GB are 1,000-based. Transferred bytes are response bodies, text gzip-compressed as a static host serves it.',
    '',
    `## Budgets (at ${count(largest[0].size)} entries)`,
    '',
    '| budget | limit | measured | met |',
    '| --- | ---: | ---: | :---: |',
    ...BUDGETS.map((budget) => {
      const { value, met } = judge(budget, largest);
      return `| ${budget.name} | ${budget.format(budget.limit)} | ${value === undefined ? '–' : budget.format(value)} | ${met === undefined ? '–' : met ? 'yes' : '**no**'} |`;
    }),
    '',
    ...section('Build', BUILD_ROWS, sizes, bySize),
    ...section('Output', OUTPUT_ROWS, sizes, bySize),
    ...section('Search (headless Chromium, header search box on a paper page, empty cache per reader)', SEARCH_ROWS, sizes, bySize),
    ...parseTimingSection(parse ?? []),
    '## Runs',
    '',
    '| entries | run | ingest | astro build | Pagefind | floor | peak RSS (by process) | floor peak | load before → after |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bySize.flatMap((group) => group.map((run, i) => `| ${count(run.size)} | ${i + 1} | ${seconds(run.survey.ingestMs)} | ${seconds(run.survey.buildMs)} | ${seconds(run.survey.pagefindMs)} | ${seconds(run.floor.wallMs)} | ${gb(run.survey.peakRssBytes)} (${byProcess(run.survey.peakByProcess)}) | ${gb(run.floor.peakRssBytes)} | ${run.load[0].toFixed(1)} → ${run.load[1].toFixed(1)} |`)),
    '',
    ...queriesUsed(largest),
  ];
  if (fixes) lines.push(fixes.trim(), '');
  return `${lines.join('\n')}\n`;
}

function byProcess(parts: Record<string, number>): string {
  return Object.entries(parts).filter(([, bytes]) => bytes >= 1e7).sort(([, a], [, b]) => b - a).map(([name, bytes]) => `${name} ${gb(bytes)}`).join(' + ');
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
  const word = (q: { query: string; results: number }) => `“${q.query}” (${count(q.results)} paper${q.results === 1 ? '' : 's'})`;
  const files = search.firstCommon.files.map(({ path, bytes }) => `\`${path.replace(/^.*\/pagefind\//, '').replace(/\/(\w+_)[0-9a-f]+/, '/$1…')}\` ${kb(bytes)}`);
  return [
    `The first query fetched ${files.join(', ')}.`,
    '',
    `Search words at ${count(runs[0].size)} entries, picked from the entries by document frequency: common ${word(search.firstCommon)} then ${word(search.laterCommon)}; rare ${word(search.firstRare)} first in a second reader, and ${search.laterRare.map(word).join(', ')} after the first query.`,
    '',
  ];
}
