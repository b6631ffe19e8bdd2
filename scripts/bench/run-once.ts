/**
 * One benchmark run at one size: the survey (ingest, notes, build with Pagefind), what it produced,
 * related papers, search in Chromium, and the floor site built from the same entries.
 */
import { join } from 'node:path';
import { readEntries } from '../../src/lib/content-tree/files.ts';
import { heaviestPage, pageWeight, treeSize, type PageWeight, type TreeSize } from './dist-stats.ts';
import { buildFloor, writeFloorSite } from './floor-site.ts';
import { currentLoad } from './machine.ts';
import { timeRelated, type RelatedTiming } from './related-timing.ts';
import { pickSearchQueries } from './search-queries.ts';
import { measureSearch, type SearchTimings } from './search-timing.ts';
import { buildSurvey, importSurvey, PAGEFIND_LINE, type SurveyRun } from './survey-build.ts';
import { gb, kb, seconds } from './units.ts';
import { emptyWorkspace, PROJECT_NODE, surveyWorkspace, type Workspace } from './workspace.ts';

/** Everything measured in one run. */
export interface RunResult {
  size: number;
  survey: SurveyRun;
  /** The floor's build with its Pagefind step (its `pagefindMs` is absent in results made before it had search). */
  floor: { wallMs: number; userMs: number; sysMs: number; peakRssBytes: number; dist: TreeSize; pagefindMs?: number };
  dist: TreeSize;
  /** The heaviest HTML page of the survey's `dist/` (gzip); absent in results made before it was measured. */
  heaviest?: { path: string; htmlGzip: number };
  /** The overview, the largest theme page, a paper page with notes, and the `/papers/` list. */
  pages: { overview: PageWeight; theme: PageWeight; paper: PageWeight; list: PageWeight };
  related: RelatedTiming;
  search?: SearchTimings;
  /** 1-minute load average before and after the run. */
  load: [number, number];
}

/**
 * Runs the whole measurement once at `size`. Odd runs build the floor first and even runs the survey
 * first, so neither always inherits the other's warm caches. The temporary projects are handed to
 * `defer` to be removed after all runs: deleting tens of thousands of files slows the next files the
 * file system creates, which would be charged to the next build.
 */
export async function runOnce(
  size: number,
  run: number,
  options: { search: boolean; log: (line: string) => void; defer: (workspace: Workspace) => void },
): Promise<RunResult> {
  const load = currentLoad();
  const survey = surveyWorkspace();
  const floorSite = emptyWorkspace('bench-floor-');
  options.defer(survey);
  options.defer(floorSite);
  const imported = await importSurvey(survey.root, size);
  await writeFloorSite(floorSite.root, join(survey.root, 'content'));
  const floorFirst = run % 2 === 1;
  const floor = floorFirst ? await buildFloor(floorSite.root, PROJECT_NODE) : undefined;
  const built = await buildSurvey(survey.root, imported);
  options.log(
    `  survey: ingest ${seconds(built.ingestMs)}, build ${seconds(built.buildMs)} (Pagefind ${seconds(built.pagefindMs)}), peak ${gb(built.peakRssBytes)}`,
  );
  const floorRun = floor ?? (await buildFloor(floorSite.root, PROJECT_NODE));
  const floorPagefind = PAGEFIND_LINE.exec(floorRun.output);
  if (!floorPagefind)
    throw new Error(
      `the floor's build log has no "indexed N pages" line from its Pagefind step:\n${floorRun.output.slice(-2000)}`,
    );
  options.log(
    `  floor: build ${seconds(floorRun.wallMs)} (Pagefind ${seconds(Number(floorPagefind[2]))}), peak ${gb(floorRun.peakRssBytes)} (built ${floorFirst ? 'first' : 'second'})`,
  );
  const dist = join(survey.root, 'dist');
  const entries = await readEntries(join(survey.root, 'content'));
  const withNotes = entries.find((entry) => entry.body.trim() !== '') ?? entries[0];
  const paper = `/papers/${String(withNotes.data.slug)}/`;
  const heaviest = heaviestPage(dist);
  options.log(`  heaviest page ${heaviest.path} ${kb(heaviest.htmlGzip)} gzip`);
  const pages = {
    overview: pageWeight(dist, '/'),
    theme: pageWeight(dist, `/themes/${largestTheme(entries)}/`),
    paper: pageWeight(dist, paper),
    list: pageWeight(dist, '/papers/'),
  };
  const related = timeRelated(join(survey.root, 'content'));
  options.log(`  related papers ${seconds(related.ms)} (with theme and rising terms ${seconds(related.allMs)})`);
  const search = options.search
    ? await measureSearch(
        dist,
        paper,
        pickSearchQueries(entries.map(({ data }) => data as { title: string; abstract: string })),
      )
    : undefined;
  if (search)
    options.log(
      `  search: first query ${Math.round(search.firstCommon.latencyMs)} ms, later rare ${search.laterRare.map((q) => Math.round(q.latencyMs)).join('/')} ms`,
    );
  return {
    size,
    survey: built,
    floor: {
      wallMs: floorRun.wallMs,
      userMs: floorRun.userMs,
      sysMs: floorRun.sysMs,
      peakRssBytes: floorRun.peakRssBytes,
      dist: treeSize(join(floorSite.root, 'dist')),
      pagefindMs: Number(floorPagefind[2]),
    },
    dist: treeSize(dist),
    heaviest,
    pages,
    related,
    search,
    load: [load, currentLoad()],
  };
}

function largestTheme(entries: Array<{ data: Record<string, unknown> }>): string {
  const counts = new Map<string, number>();
  for (const { data } of entries) counts.set(String(data.theme), (counts.get(String(data.theme)) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))[0][0];
}
