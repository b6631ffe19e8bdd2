/**
 * `npm run ingest -- [digest...] [--dry-run] [--strict] [--skip-invalid] [--json]`
 * Turns Hugging Face papers digests into entries under content/papers/<theme>/<slug>.mdx.
 * Existing entries are never modified; bad input writes nothing (`--skip-invalid` imports the readable
 * papers and lists the records it skipped).
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic } from '../src/lib/diagnostics.ts';
import { decodeCapture } from '../src/lib/digest/decode.ts';
import { DigestError, parseDigest, type ParsedDigest } from '../src/lib/digest/parse-digest.ts';
import { entryToMdx } from '../src/lib/entry-file.ts';
import { planImport, type DigestInput, type ExistingEntry } from '../src/lib/plan-import.ts';
import { EntrySchema } from '../src/lib/schema.ts';
import { readEntries } from './lib/read-entries.ts';
import { todayIso } from './lib/today.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';
import { appendToLedger } from './lib/ledger.ts';
import { runCli } from './lib/run-cli.ts';

const USAGE = 'usage: npm run ingest -- [digest.txt ...] [--dry-run] [--strict] [--skip-invalid] [--json] [--content DIR]\n  with no digest, every content/digests/*.txt is read\n  --skip-invalid  import the papers that can be read, and list the records skipped';

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, strict: { type: 'boolean' }, 'skip-invalid': { type: 'boolean' }, json: { type: 'boolean' }, content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = values.content;
  const digestFiles = positionals.length > 0 ? positionals : await defaultDigests(contentDir);
  const log = values.json ? console.error : console.log;
  if (digestFiles.length === 0) {
    console.error(`error: no digests given and none found in ${join(contentDir, 'digests')}\n${USAGE}`);
    return 2;
  }

  const diagnostics: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  const digests: DigestInput[] = [];
  for (const path of digestFiles) {
    const file = relative(process.cwd(), path) || path;
    const listing = await readListing(path, file, Boolean(values['skip-invalid']));
    diagnostics.push(...listing.diagnostics);
    skipped.push(...listing.skipped);
    if (listing.lines) {
      const { total, paper, chrome, reported } = listing.lines;
      log(`${file}: ${listing.found} papers; ${total} lines: ${paper} of papers, ${chrome} page chrome (header, links, footer, blank), ${reported} reported`);
    }
    if (listing.digest) {
      digests.push(listing.digest);
      if (listing.digest.papers.length >= 1000) log(`${file}: parsed ${listing.digest.papers.length} papers`);
    }
  }
  if (values.strict) for (const diagnostic of diagnostics) diagnostic.severity = 'error';
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (errors.length > 0) {
    const skippable = errors.every((error) => error.line > 0) && !values['skip-invalid'] ? ' (--skip-invalid imports the other papers and lists these.)' : '';
    console.error(`\n${errors.length} error(s): nothing was written.${values.strict ? ' (--strict turns every warning into an error.)' : ''}${skippable}`);
    return 1;
  }
  for (const record of skipped) console.error(`skipped: ${formatDiagnostic({ ...record, severity: 'warning' }).replace(': warning: ', ': ')}`);

  const onDisk = await readEntries(contentDir);
  const existing: ExistingEntry[] = onDisk.map(({ data }) => data as unknown as ExistingEntry);
  const plan = planImport(existing, digests, todayIso());
  const writes = plan.added.map((entry) => {
    const checked = EntrySchema.parse(entry);
    return { path: join(contentDir, 'papers', checked.theme, `${checked.slug}.mdx`), content: entryToMdx(entry) };
  });
  if (!values['dry-run']) {
    writeFilesAtomically(writes);
    await appendToLedger(contentDir, plan.added.map((entry) => `/papers/${entry.slug}/`));
  }

  for (const repeated of plan.duplicates) log(`duplicate: ${repeated.file}:${repeated.line} ${JSON.stringify(repeated.title)} is the same paper (by ${repeated.by}) as ${repeated.matches}; skipped`);
  if (values['dry-run']) for (const entry of plan.added) log(`would add: ${entry.slug}  ${entry.theme}  ${JSON.stringify(entry.title)}`);
  const truncated = diagnostics.filter((d) => /last record is incomplete/.test(d.message)).length;
  const present = plan.leftAlone.length + plan.duplicates.length;
  const skippedCount = skipped.length + truncated;
  const found = plan.added.length + present + skippedCount;
  const verb = values['dry-run'] ? 'would add' : 'added';
  log(`papers found ${found}: ${verb} ${plan.added.length}, already present ${present}${plan.duplicates.length > 0 ? ` (${plan.duplicates.length} repeated in the input)` : ''}, skipped ${skippedCount}${values['dry-run'] ? ' — dry run, nothing written' : ''}`);
  if (values.json) {
    const summary = {
      dryRun: Boolean(values['dry-run']),
      found,
      alreadyPresent: present,
      skipped: [...skipped, ...diagnostics.filter((d) => /last record is incomplete/.test(d.message))],
      added: plan.added.map((entry, i) => ({ slug: entry.slug, theme: entry.theme, title: entry.title, file: relative(process.cwd(), writes[i].path) })),
      duplicates: plan.duplicates,
      leftAlone: plan.leftAlone,
      warnings: diagnostics,
    };
    console.log(JSON.stringify(summary, null, 2));
  }
  return 0;
});

async function defaultDigests(contentDir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob('digests/*.txt', { cwd: contentDir })) files.push(join(contentDir, file));
  return files.sort();
}

async function readDigestBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DigestError([{ severity: 'error', file, line: 0, message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`, fix: 'check the path of the digest' }]);
  }
}

/**
 * Reads one listing capture (any tool's copy of a Hugging Face papers page): its papers, its problems,
 * and, with `skipInvalid`, the records left out because they could not be read.
 */
async function readListing(path: string, file: string, skipInvalid: boolean): Promise<{ digest?: DigestInput; diagnostics: Diagnostic[]; skipped: Diagnostic[]; lines?: ParsedDigest['lines']; found?: number }> {
  try {
    const { text, invalidLines } = decodeCapture(await readDigestBytes(path, file), file);
    const parsed = parseDigest(text, file, { invalidLines });
    const skippable = new Set(skipInvalid ? parsed.skippable : []);
    return { digest: { file, papers: parsed.papers }, diagnostics: parsed.diagnostics.filter((d) => !skippable.has(d)), skipped: [...skippable], lines: parsed.lines, found: parsed.recordsFound };
  } catch (error) {
    if (error instanceof DigestError) return { diagnostics: error.diagnostics, skipped: [] };
    throw error;
  }
}
