/**
 * `npm run ingest -- [file...] [--dry-run] [--strict] [--skip-invalid] [--json]`
 * Turns Hugging Face papers listings (any capture) into entries under content/papers/<theme>/<slug>.mdx,
 * and merges reference exports (BibTeX, CSL-JSON, RIS), Hugging Face API JSON and id lists into them
 * (format told by content). A listing never modifies an existing entry; a merge only fills missing
 * fields and reports conflicts; bad input writes nothing (`--skip-invalid` imports the readable papers
 * of a listing and lists the records it skipped).
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { appendToUrlLedger, listDigestFiles, namedEntries, readEntries } from '../src/lib/content-tree/files.ts';
import { DIGESTS_DIR, entryFile } from '../src/lib/content-tree/layout.ts';
import { formatDiagnostic, type Diagnostic } from '../src/lib/diagnostics.ts';
import { decodeCapture } from '../src/lib/digest/decode.ts';
import { DigestError, parseDigest, type ParsedDigest } from '../src/lib/digest/parse-digest.ts';
import { entryToMdx } from '../src/lib/entry-file.ts';
import { importJsonSummary, importReportLines } from '../src/lib/import-report.ts';
import type { KnownEntry } from '../src/lib/identity.ts';
import { planImport, type DigestInput } from '../src/lib/plan-import.ts';
import { EntrySchema } from '../src/lib/schema.ts';
import { todayIso } from './lib/today.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';
import { paperPath } from '../src/lib/links.ts';
import { laterListPages } from '../src/lib/routes.ts';
import { runCli } from './lib/run-cli.ts';
import { mergeReportLines, planReferenceMerge, type ReadInput } from '../src/lib/merge/reference-merge.ts';
import { readStructuredFile, type ListingRead } from './lib/read-structured-input.ts';

const USAGE =
  'usage: npm run ingest -- [file ...] [--dry-run] [--strict] [--skip-invalid] [--json] [--content DIR]\n  a file is a listing capture, a reference export (.bib, CSL-JSON, RIS), Hugging Face API JSON or a list of arXiv ids/URLs;\n  with no file, every content/digests/* is read\n  --skip-invalid  import the papers of a listing that can be read, and list the records skipped';

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      strict: { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      json: { type: 'boolean' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = values.content;
  const digestFiles = positionals.length > 0 ? positionals : await listDigestFiles(contentDir);
  const log = values.json ? console.error : console.log;
  if (digestFiles.length === 0) {
    console.error(`error: no digests given and none found in ${join(contentDir, DIGESTS_DIR)}\n${USAGE}`);
    return 2;
  }

  const diagnostics: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  const digests: DigestInput[] = [];
  const referenceInputs: ReadInput[] = [];
  for (const path of digestFiles) {
    const file = relative(process.cwd(), path) || path;
    // Reference exports, API JSON and id lists are told by content and merged; anything else is a listing.
    const structured = await readStructuredFile(path, file, diagnostics);
    if (structured.isStructured) {
      if (structured.input) referenceInputs.push(structured.input);
      continue;
    }
    const listing = await readListing(path, file, Boolean(values['skip-invalid']), structured.listing);
    diagnostics.push(...listing.diagnostics);
    skipped.push(...listing.skipped);
    if (listing.lines) {
      const { total, paper, chrome, reported } = listing.lines;
      log(
        `${file}: ${listing.found} papers; ${total} lines: ${paper} of papers, ${chrome} page chrome (header, links, footer, blank), ${reported} reported`,
      );
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
    const skippable =
      errors.every((error) => error.line > 0) && !values['skip-invalid']
        ? ' (--skip-invalid imports the other papers and lists these.)'
        : '';
    console.error(
      `\n${errors.length} error(s): nothing was written.${values.strict ? ' (--strict turns every warning into an error.)' : ''}${skippable}`,
    );
    return 1;
  }
  for (const record of skipped)
    console.error(`skipped: ${formatDiagnostic({ ...record, severity: 'warning' }).replace(': warning: ', ': ')}`);

  const onDisk = await readEntries(contentDir);
  const existing: KnownEntry[] = namedEntries(onDisk);
  const plan = planImport(existing, digests, todayIso());
  const merge =
    referenceInputs.length > 0
      ? planReferenceMerge(onDisk, plan.added, referenceInputs, contentDir, todayIso())
      : undefined;
  if (merge && merge.problems.length > 0) {
    for (const problem of merge.problems) console.error(formatDiagnostic(problem));
    console.error(`\n${merge.problems.length} error(s): nothing was written.`);
    return 1;
  }
  plan.added = plan.added.map((entry) => merge?.replaced.get(entry.slug) ?? entry);
  const writes = plan.added.map((entry) => {
    const checked = EntrySchema.parse(entry);
    return { path: join(contentDir, entryFile(checked.theme, checked.slug)), content: entryToMdx(entry) };
  });
  const mergeWrites = merge?.writes ?? [];
  if (!values['dry-run']) {
    writeFilesAtomically([...writes, ...mergeWrites]);
    const added = [...plan.added, ...(merge?.plan.added ?? [])];
    // Each new paper's page, and the later pages of the table and theme lists the survey now fills.
    const listPages = laterListPages([...existing, ...added]);
    await appendToUrlLedger(contentDir, [...added.map((entry) => paperPath(entry.slug)), ...listPages]);
  }
  if (merge) for (const line of mergeReportLines(merge.plan, referenceInputs, Boolean(values['dry-run']))) log(line);

  const outcome = { plan, skipped, diagnostics, dryRun: Boolean(values['dry-run']) };
  for (const line of importReportLines(outcome)) log(line);
  if (values.json) {
    const addedFiles = writes.map((write) => relative(process.cwd(), write.path));
    console.log(
      JSON.stringify(
        importJsonSummary(outcome, addedFiles, merge && { plan: merge.plan, inputs: referenceInputs }),
        null,
        2,
      ),
    );
  }
  return 0;
});

async function readDigestBytes(path: string, file: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DigestError([
      {
        severity: 'error',
        file,
        line: 0,
        message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code})`,
        fix: 'check the path of the digest',
      },
    ]);
  }
}

/** A listing's papers and problems, and the records skipped (see `readListing`). */
interface ListingResult {
  digest?: DigestInput;
  diagnostics: Diagnostic[];
  skipped: Diagnostic[];
  lines?: ParsedDigest['lines'];
  found?: number;
}

/**
 * Reads one listing capture (any tool's copy of a Hugging Face papers page): its papers, its problems,
 * and, with `skipInvalid`, the records left out because they could not be read.
 */
async function readListing(
  path: string,
  file: string,
  skipInvalid: boolean,
  read?: ListingRead,
): Promise<ListingResult> {
  try {
    // What the format check read and decoded is reused; a file it could not read is read here, for the error.
    const bytes = read?.bytes ?? (await readDigestBytes(path, file));
    const { text, invalidLines } = decodeCapture(bytes, file, read?.text);
    const parsed = parseDigest(text, file, { invalidLines });
    const skippable = new Set(skipInvalid ? parsed.skippable : []);
    return {
      digest: { file, papers: parsed.papers },
      diagnostics: parsed.diagnostics.filter((d) => !skippable.has(d)),
      skipped: [...skippable],
      lines: parsed.lines,
      found: parsed.recordsFound,
    };
  } catch (error) {
    if (error instanceof DigestError) return { diagnostics: error.diagnostics, skipped: [] };
    throw error;
  }
}
