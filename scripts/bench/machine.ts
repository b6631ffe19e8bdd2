/** The machine and versions a benchmark ran with, so results from different days can be compared. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT, PROJECT_NODE } from './workspace.ts';

/** What the results file says about where they were measured. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  /** The Node that ran the builds (the project's), and the one running the bench. */
  buildNode: string;
  astro: string;
  pagefind: string;
  /** 1-minute load average: other work on the machine makes timings noisy. */
  load: number;
}

/** Reads the machine's size, the versions in use and the current load. */
export function machineInfo(): MachineInfo {
  const version = (name: string) =>
    (JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: totalmem() / 2 ** 30,
    buildNode: execFileSync(PROJECT_NODE, ['--version'], { encoding: 'utf8' }).trim(),
    astro: version('astro'),
    pagefind: version('pagefind'),
    load: loadavg()[0],
  };
}

/** The current 1-minute load average. */
export function currentLoad(): number {
  return loadavg()[0];
}
