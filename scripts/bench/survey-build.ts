/**
 * The survey pipeline at a given size, in two measured steps: write a synthetic digest, `npm run
 * ingest` it and add curator's notes; then `astro build` (which runs Pagefind through the project's
 * integration).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCuratorNotes } from './curator-notes.ts';
import { runMeasured, type MeasuredRun } from './measured-process.ts';
import { syntheticDigest } from './synthetic-digest.ts';
import { buildEnv, PROJECT, PROJECT_NODE } from './workspace.ts';

/** What one run of the survey pipeline took. */
export interface SurveyRun {
  ingestMs: number;
  /** User and system CPU time of the ingest. */
  ingestCpu: { userMs: number; sysMs: number };
  /** Entries that got a curator's note (a Markdown body). */
  notes: number;
  /** Wall time of `astro build`, Pagefind included. */
  buildMs: number;
  /** User and system CPU time of the build's process tree: steadier than wall time on a busy machine. */
  buildCpu: { userMs: number; sysMs: number };
  /** Peak memory of the build's process tree (Astro and Pagefind). */
  peakRssBytes: number;
  /** The peak's parts by process name. */
  peakByProcess: Record<string, number>;
  /** Pagefind's own time, as its integration logs it. */
  pagefindMs: number;
  pagefindPages: number;
  /** Lines of the build log, and those that are warnings (MDX's MODULE_LEVEL_DIRECTIVE among them). */
  logLines: number;
  warningLines: number;
}

/** The line both the survey's and the floor's Pagefind integrations log. */
export const PAGEFIND_LINE = /indexed (\d+) pages in (\d+) ms/;
const WARNING_LINE = /\[WARN\]|warning|MODULE_LEVEL_DIRECTIVE/i;

/** What importing took: the measured `npm run ingest`, and how many entries got notes afterwards. */
export interface SurveyImport {
  ingest: MeasuredRun;
  notes: number;
}

/** Writes a digest of `size` synthetic papers into the workspace at `root`, imports it and adds curator's notes. */
export async function importSurvey(root: string, size: number): Promise<SurveyImport> {
  writeFileSync(join(root, 'content/digests/synthetic.txt'), syntheticDigest(size));
  // Started the way `npm run ingest` starts it (package.json): tsx as a loader in one process, not tsx's
  // CLI (which spawns a second Node), and a larger young generation (fewer scavenges of the many short strings).
  const ingestArgs = ['--max-semi-space-size=32', '--import', 'tsx', join(PROJECT, 'scripts/ingest.ts')];
  const ingest = await runMeasured(PROJECT_NODE, [...ingestArgs, '--content', 'content'], {
    cwd: root,
    env: buildEnv(),
  });
  return { ingest, notes: addCuratorNotes(join(root, 'content')) };
}

/** Builds the imported survey at `root` with `astro build` (Pagefind included); the site lands in `root/dist`. */
export async function buildSurvey(root: string, { ingest, notes }: SurveyImport): Promise<SurveyRun> {
  const build = await runMeasured(PROJECT_NODE, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: buildEnv(),
  });
  writeFileSync(join(root, 'build.log'), build.output);
  const pagefind = PAGEFIND_LINE.exec(build.output);
  if (!pagefind)
    throw new Error(
      `the build log of ${root} has no "indexed N pages in X ms" line from the Pagefind integration; see ${join(root, 'build.log')}`,
    );
  const lines = build.output.split('\n');
  return {
    ingestMs: ingest.wallMs,
    ingestCpu: { userMs: ingest.userMs, sysMs: ingest.sysMs },
    notes,
    buildMs: build.wallMs,
    buildCpu: { userMs: build.userMs, sysMs: build.sysMs },
    peakRssBytes: build.peakRssBytes,
    peakByProcess: build.peakByProcess,
    pagefindMs: Number(pagefind[2]),
    pagefindPages: Number(pagefind[1]),
    logLines: lines.length,
    warningLines: lines.filter((line) => WARNING_LINE.test(line)).length,
  };
}
