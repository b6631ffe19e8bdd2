/**
 * The budgets of issue 15: targets reported by `npm run bench`, not timed tests. Each is checked at
 * the largest size measured (they are stated for 10,000 entries; the search budget also at 30,000).
 * The floor is a bare Astro site with the same entries and the same Pagefind search (`floor-site.ts`).
 */
import { fullBuildMs, median, searchMs, type Metric } from './metrics.ts';
import { gb, kb, ratio, seconds } from './units.ts';
import type { RunResult } from './run-once.ts';

/** One budget: what it limits, the limit, and the measured value. */
export interface Budget {
  name: string;
  limit: number;
  value: Metric;
  format: (value: number) => string;
}

/** Every budget, in the order. */
export const BUDGETS: Budget[] = [
  {
    name: 'full build (ingest + astro + Pagefind) ÷ floor with search',
    limit: 1.0,
    value: (run) => fullBuildMs(run)! / run.floor.wallMs,
    format: ratio,
  },
  { name: 'peak RSS of the build', limit: 1.5e9, value: (run) => run.survey.peakRssBytes, format: gb },
  { name: '`dist/` size ÷ floor’s', limit: 3, value: (run) => run.dist.bytes / run.floor.dist.bytes, format: ratio },
  { name: 'heaviest HTML page, gzip', limit: 100_000, value: (run) => run.heaviest?.htmlGzip, format: kb },
  { name: 'paper page HTML + CSS, gzip', limit: 12_288, value: (run) => run.pages.paper.htmlCssGzip, format: kb },
  { name: 'paper page JS before use, gzip', limit: 3_000, value: (run) => run.pages.paper.jsGzip, format: kb },
  { name: 'ingest', limit: 3_000, value: (run) => run.survey.ingestMs, format: seconds },
  { name: 'related papers', limit: 3_000, value: (run) => run.related.ms, format: seconds },
  {
    name: 'first search query transferred (larger of common and rare word)',
    limit: 250_000,
    value: (run) => run.search && Math.max(run.search.firstCommon.bytes, run.search.firstRare.bytes),
    format: kb,
  },
  {
    name: 'later rare-word queries, search time (median)',
    limit: 60,
    value: (run) => run.search && median(run.search.laterRare.map(searchMs)),
    format: (v) => `${Math.round(v)} ms`,
  },
];

/** A budget's verdict at one size: the median over runs, and whether it is within the limit. */
export function judge(budget: Budget, runs: RunResult[]): { value?: number; met?: boolean } {
  const value = median(runs.map(budget.value));
  return { value, met: value === undefined ? undefined : value <= budget.limit };
}
