/**
 * Runs a child process and measures it: wall time, CPU time, and the peak resident memory of its
 * whole process tree (Astro's Node process plus Pagefind's binary, which run at the same time),
 * sampled from /proc. CPU time is the steadier figure when other work shares the machine.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** What a measured process did. */
export interface MeasuredRun {
  wallMs: number;
  /** User CPU time of the tree (the last ~100 ms may be missed): the work of the code itself. */
  userMs: number;
  /** System CPU time: mostly the file system, which slows down when many files were just deleted. */
  sysMs: number;
  /** Highest sum of the tree's resident set sizes seen in any sample (shared pages count once per process). */
  peakRssBytes: number;
  /** What made up that peak: resident bytes by program name (`node`, `pagefind_extended`…). */
  peakByProcess: Record<string, number>;
  /** stdout and stderr, interleaved as they arrived. */
  output: string;
}

/** One sample of a process tree. */
export interface TreeSample {
  rss: number;
  byProcess: Record<string, number>;
  /** User and system CPU time so far of the live processes, including their reaped children, in ms. */
  userMs: number;
  sysMs: number;
}

// Linux reports CPU times in clock ticks of 1/100 s on every common platform.
const TICK_MS = 10;

/** Runs `command` to completion, sampling the tree every `intervalMs`; rejects on a non-zero exit. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; intervalMs?: number },
): Promise<MeasuredRun> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let peak: TreeSample = { rss: 0, byProcess: {}, userMs: 0, sysMs: 0 };
    let [userMs, sysMs] = [0, 0];
    const timer = setInterval(() => {
      const now = sampleTree(child.pid!);
      if (now.rss > peak.rss) peak = now;
      userMs = Math.max(userMs, now.userMs);
      sysMs = Math.max(sysMs, now.sysMs);
    }, options.intervalMs ?? 100);
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code === 0) done({ wallMs, userMs, sysMs, peakRssBytes: peak.rss, peakByProcess: peak.byProcess, output });
      else
        fail(
          new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${options.cwd}:\n${output.slice(-4000)}`),
        );
    });
  });
}

/** Memory and CPU time of `root` and all its descendants now (zeros once it has exited). */
export function sampleTree(root: number): TreeSample {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, { user: number; sys: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readQuietly(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: the fields after it are fixed
    // (state, ppid, … utime, stime, cutime, cstime are the 2nd, 12th–15th after it).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    cpu.set(Number(name), {
      user: (Number(fields[11]) + Number(fields[13])) * TICK_MS,
      sys: (Number(fields[12]) + Number(fields[14])) * TICK_MS,
    });
  }
  const sample: TreeSample = { rss: 0, byProcess: {}, userMs: 0, sysMs: 0 };
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.pop()!;
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readQuietly(`/proc/${pid}/status`) ?? '')?.[1] ?? 0) * 1024;
    const name = basename(readQuietly(`/proc/${pid}/cmdline`)?.split('\0')[0] || 'unknown');
    sample.rss += rss;
    sample.byProcess[name] = (sample.byProcess[name] ?? 0) + rss;
    sample.userMs += cpu.get(pid)?.user ?? 0;
    sample.sysMs += cpu.get(pid)?.sys ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return sample;
}

// A process may exit between listing /proc and reading its files.
function readQuietly(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
