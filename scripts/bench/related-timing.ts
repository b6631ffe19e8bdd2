/**
 * Times the related-papers work over a workspace's entries in a fresh Node process, as a build runs
 * it once (cold): the links alone (`computeRelated`, the budgeted part), and everything the site
 * derives from the texts (`buildRelatedData`: links, theme terms and rising terms).
 * Run as a script, it prints the timing of `<content dir>` as JSON.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRelatedData } from '../../src/lib/related/survey-related.ts';
import { computeRelated } from '../../src/lib/related/index.ts';
import { EntrySchema } from '../../src/lib/schema.ts';
import { readEntries } from '../../src/lib/content-tree/files.ts';
import { PROJECT, PROJECT_NODE } from './workspace.ts';

/** Milliseconds of each part, and the fewest links any paper got. */
export interface RelatedTiming {
  ms: number;
  allMs: number;
  fewestLinks: number;
}

/** Times both computations over the entries in `contentDir`, in a child process. */
export function timeRelated(contentDir: string): RelatedTiming {
  const tsx = join(PROJECT, 'node_modules/tsx/dist/cli.mjs');
  return JSON.parse(
    execFileSync(PROJECT_NODE, [tsx, import.meta.filename, contentDir], { encoding: 'utf8', maxBuffer: 1 << 20 }),
  ) as RelatedTiming;
}

async function measure(contentDir: string): Promise<RelatedTiming> {
  const papers = (await readEntries(contentDir))
    .map(({ data }) => EntrySchema.parse(data))
    .map((data) => ({ id: data.slug, data }));
  let started = performance.now();
  const related = computeRelated(
    papers.map(({ id, data }) => ({ slug: id, title: data.title, abstract: data.abstract, related: data.related })),
  );
  const ms = performance.now() - started;
  started = performance.now();
  buildRelatedData(papers);
  const allMs = performance.now() - started;
  return { ms, allMs, fewestLinks: Math.min(...[...related.values()].map((links) => links.length)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  console.log(JSON.stringify(await measure(process.argv[2])));
