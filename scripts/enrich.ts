/**
 * `npm run enrich -- [slug …] [--dry-run] [--json] [--refresh] [--content DIR]`
 * Run online by a curator, never during a build: fills what the entries are missing from the arXiv
 * API, the Hugging Face papers API, Semantic Scholar and Crossref, through the merge (a value already
 * there is never overwritten; each disagreement is reported). Answers are cached under .cache/enrich/.
 * Exit codes: 0 done, 1 some lookups failed or an entry is invalid (what was found is still written),
 * 2 bad arguments, 3 offline (nothing written).
 */
import { parseArgs } from 'node:util';
import { chooseEntries } from '../src/lib/enrich/choose-entries.ts';
import { API_NAMES } from '../src/lib/enrich/combine-findings.ts';
import { enrichSession } from './lib/enrich/enrich-session.ts';
import { enrichEntries } from './lib/enrich/enrich-entries.ts';
import { formatSummary } from './lib/enrich/enrich-report.ts';
import { OfflineError } from './lib/enrich/http-errors.ts';
import { offlineMessage } from './lib/enrich/offline-message.ts';
import { readEntries } from '../src/lib/content-tree/files.ts';
import { runCli } from './lib/run-cli.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';
import { countLabel } from '../src/lib/text/plural.ts';

const USAGE = `usage: npm run enrich -- [slug …] [--dry-run] [--json] [--refresh] [--content DIR] [--cache DIR] [--max-age DAYS] [--timeout MS] [--retries N] [--mailto EMAIL]
  fills missing ids, authors, links, venues and DOIs of the entries (default: every published entry) from
  ${API_NAMES.join(', ')}; needs the network. --dry-run shows what would change and writes no entry.`;

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  refresh: { type: 'boolean' },
  content: { type: 'string', default: 'content' },
  cache: { type: 'string', default: '.cache/enrich' },
  'max-age': { type: 'string', default: '30' },
  timeout: { type: 'string', default: '20000' },
  retries: { type: 'string', default: '4' },
  mailto: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const flags = { 'max-age': values['max-age'], timeout: values.timeout, retries: values.retries };
  const bad = Object.entries(flags).find(([, text]) => !/^\d+$/.test(text));
  if (bad) {
    console.error(`error: --${bad[0]}: expected a whole number, found "${bad[1]}"\n${USAGE}`);
    return 2;
  }
  const numbers = {
    maxAgeDays: Number(flags['max-age']),
    timeoutMs: Number(flags.timeout),
    retries: Number(flags.retries),
  };
  const all = await readEntries(values.content);
  const { chosen, unknown } = chooseEntries(all, positionals);
  if (unknown.length > 0) {
    console.error(
      `error: no entry with the slug or path ${unknown.map((name) => `"${name}"`).join(', ')} under ${values.content}/papers/\nnothing was written.`,
    );
    return 2;
  }
  const log = values.json ? () => {} : (line: string) => console.log(line);
  const { client, requests } = enrichSession({
    ...numbers,
    cacheDir: values.cache,
    refresh: values.refresh ?? false,
    mailto: values.mailto ?? process.env.ENRICH_MAILTO,
    env: process.env,
  });
  log(
    `Asking ${API_NAMES.join(', ')} about ${countLabel(chosen.length, 'entry', 'entries')} (answers cached in ${values.cache}/)…`,
  );

  let result: Awaited<ReturnType<typeof enrichEntries>>;
  try {
    result = await enrichEntries(chosen, client, requests, log);
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    if (values.json)
      console.log(
        JSON.stringify({ offline: { api: error.api, host: error.host, code: error.code }, written: [] }, null, 2),
      );
    console.error(offlineMessage(error));
    return 3;
  }
  const { reports, writes } = result;
  const dryRun = values['dry-run'] ?? false;
  if (!dryRun) writeFilesAtomically(writes);
  const failed = reports.filter((report) => report.failures.length > 0).length;
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          dryRun,
          entries: reports,
          written: dryRun ? [] : writes.map((write) => write.path),
          requests: client.requestCount,
        },
        null,
        2,
      ),
    );
  } else {
    for (const line of formatSummary(reports, writes.length, dryRun, client.requestCount)) log(line);
    if (failed > 0)
      console.error(
        `${countLabel(failed, 'entry', 'entries')} had failed lookups (see "failed" above); run npm run enrich again later: cached answers make it quick.`,
      );
  }
  return failed > 0 ? 1 : 0;
});
