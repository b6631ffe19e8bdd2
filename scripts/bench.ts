/**
 * `npm run bench [-- --sizes 1000,10000,30000 --runs 3] [--quick] [--no-search] [--keep]`
 * Sizes above 10,000 get one run each (a growth point, not a budget median).
 * Measures the whole pipeline on synthetic surveys against the plain-Astro floor and writes the
 * results to `bench/results/<date>.md` (and prints them). Timings live here, never in tests.
 * `--quick` is one run at 1,000 entries, written to `bench/results/<date>-quick.md`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { hasChromium } from './lib/chromium.ts';
import { machineInfo } from './bench/machine.ts';
import { measureParseTimes, parseTimingSection } from './bench/parse-timing.ts';
import { renderReport, type ReportInput } from './bench/report.ts';
import { runOnce, type RunResult } from './bench/run-once.ts';
import { PROJECT, type Workspace } from './bench/workspace.ts';
import { runCli } from './lib/run-cli.ts';
import { todayIso } from './lib/today.ts';

const USAGE =
  'usage: npm run bench -- [--sizes 1000,10000] [--runs 3] [--quick] [--no-search] [--keep] [--out FILE.md]\n       npm run bench -- --parse-only   (parse time per capture shape only: lynx, w3m, html2text, pandoc, turndown copies of 1,000 papers)\n       npm run bench -- --render FILE.json   (re-render a results file from its measurements, e.g. after editing bench/fixes.md)';

/** Renders the report with the current `bench/fixes.md`, writes it to `out` and prints it. */
function writeReport(input: Omit<ReportInput, 'fixes'>, out: string): void {
  const fixesFile = join(PROJECT, 'bench/fixes.md');
  const report = renderReport({ ...input, fixes: existsSync(fixesFile) ? readFileSync(fixesFile, 'utf8') : undefined });
  writeFileSync(out, report);
  console.log(report);
  console.error(`written to ${relative(process.cwd(), out)}`);
}

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      quick: { type: 'boolean' },
      'no-search': { type: 'boolean' },
      keep: { type: 'boolean' },
      out: { type: 'string' },
      render: { type: 'string' },
      'parse-only': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values['parse-only']) {
    // Only the parser, per capture shape: seconds, no Astro build (for work on the importer).
    console.log(
      parseTimingSection(measureParseTimes({ papers: 1000, runs: values.quick ? 1 : Number(values.runs) })).join('\n'),
    );
    return 0;
  }
  if (values.render) {
    const input = JSON.parse(readFileSync(values.render, 'utf8')) as Omit<ReportInput, 'fixes'>;
    writeReport(input, values.render.replace(/\.json$/, '.md'));
    return 0;
  }
  const sizes = values.quick ? [1000] : values.sizes.split(',').map(Number);
  const runs = values.quick ? 1 : Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 10) || !Number.isInteger(runs) || runs < 1) {
    console.error(
      `error: --sizes takes whole numbers of entries (at least 10) separated by commas, --runs a whole number ≥ 1\n${USAGE}`,
    );
    return 2;
  }
  const search = !values['no-search'] && hasChromium();
  if (!values['no-search'] && !search)
    console.error('warning: /usr/bin/chromium is missing, so search is not measured (apt-get install chromium)');

  const started = performance.now();
  const results: RunResult[] = [];
  const workspaces: Workspace[] = [];
  try {
    for (const size of sizes) {
      // Above 10,000 entries one run shows growth; three would take most of an hour on 2 cores.
      const runsHere = size > 10_000 ? 1 : runs;
      for (let run = 1; run <= runsHere; run++) {
        console.error(`${size.toLocaleString('en')} entries, run ${run} of ${runsHere}`);
        results.push(
          await runOnce(size, run, {
            search,
            log: (line) => console.error(line),
            defer: (workspace) => workspaces.push(workspace),
          }),
        );
      }
    }
  } finally {
    if (values.keep) console.error(`kept ${workspaces.map((workspace) => workspace.root).join(' ')}`);
    else {
      for (const workspace of workspaces) {
        // A failed cleanup must not hide the error that ended the runs.
        try {
          workspace.cleanup();
        } catch (error) {
          console.error(`warning: could not remove ${workspace.root}: ${String(error)}`);
        }
      }
    }
  }

  const isDefault = !values.quick && values.sizes === '1000,10000' && values.runs === '3';
  const date = todayIso();
  const out =
    values.out ??
    join(
      PROJECT,
      'bench/results',
      `${date}${isDefault ? '' : values.quick ? '-quick' : `-${sizes.join('_')}x${runs}`}.md`,
    );
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  // Parse time per capture shape, on one listing of 1,000 cards copied by each tool (seconds, not minutes).
  console.error('parse time per capture shape, 1,000 papers');
  const parse = measureParseTimes({ papers: 1000, runs });
  const input = {
    date,
    command,
    sizes,
    runs: results,
    machine: machineInfo(),
    minutes: (performance.now() - started) / 60_000,
    parse,
  };
  mkdirSync(join(out, '..'), { recursive: true });
  // The measurements themselves, so the report can be rendered again without measuring again.
  writeFileSync(out.replace(/\.md$/, '.json'), `${JSON.stringify(input, null, 1)}\n`);
  writeReport(input, out);
  return 0;
});
