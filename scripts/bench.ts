/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3]`: measures the pipeline on synthetic surveys.
 * Timings live here, never in tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticDigest } from './bench/synthetic-digest.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' }, runs: { type: 'string', default: '3' }, quick: { type: 'boolean' } } });
const sizes = values.quick ? [1000] : values.sizes.split(',').map(Number);
const runs = values.quick ? 1 : Number(values.runs);
const root = resolve(import.meta.dirname, '..');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of a full `npm run ingest` process (start-up included) on a fresh content folder. */
function timeIngest(size: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  mkdirSync(join(dir, 'content/digests'), { recursive: true });
  writeFileSync(join(dir, 'content/digests/synthetic.txt'), syntheticDigest(size));
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest.ts'), '--content', 'content'], { cwd: dir, encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`ingest failed: ${run.stderr}`);
  rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

for (const size of sizes) {
  const times = Array.from({ length: runs }, () => timeIngest(size));
  console.log(`ingest ${size} papers: median ${(median(times) / 1000).toFixed(2)} s over ${runs} run(s) (${times.map((t) => (t / 1000).toFixed(2)).join(', ')})`);
}
