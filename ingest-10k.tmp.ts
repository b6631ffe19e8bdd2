// Times npm run ingest on a fresh 10,000-paper synthetic digest (not committed).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticDigest } from './scripts/bench/synthetic-digest.ts';
const digest = syntheticDigest(10000);
const times: number[] = [];
for (let run = 0; run < 3; run++) {
  const dir = `/tmp/ing/run${run}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content/papers'), { recursive: true });
  mkdirSync(join(dir, 'content/digests'), { recursive: true });
  cpSync('content/themes.json', join(dir, 'content/themes.json'));
  writeFileSync(join(dir, 'content/published-urls.txt'), '');
  writeFileSync(join(dir, 'content/digests/synthetic.txt'), digest);
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/ingest.ts', '--content', join(dir, 'content')], { encoding: 'utf8' });
  times.push((performance.now() - started) / 1000);
  console.log(`run ${run}: ${times.at(-1)!.toFixed(2)} s, exit ${result.status}, ${result.stdout.trim().split('\n').at(-1)}`);
}
console.log(`median ${[...times].sort((a, b) => a - b)[1].toFixed(2)} s`);
