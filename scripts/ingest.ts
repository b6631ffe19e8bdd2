/**
 * `npm run ingest -- [file...] [--dry-run] [--strict] [--json]`
 * Turns Hugging Face papers digests into entries under content/papers/<theme>/<slug>.mdx, and merges
 * reference exports (BibTeX, CSL-JSON, RIS), Hugging Face API JSON and id lists into them (format told
 * by content). A merge only fills missing fields and reports conflicts; bad input writes nothing.
 */
import { readFile } from 'node:fs/promises';
import { glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic } from '../src/lib/diagnostics.ts';
import { decodeDigest } from '../src/lib/digest/decode.ts';
import { DigestError, parseDigest } from '../src/lib/digest/parse-digest.ts';
import { entryToMdx } from '../src/lib/entry-file.ts';
import { planImport, type DigestInput, type ExistingEntry } from '../src/lib/plan-import.ts';
import { EntrySchema } from '../src/lib/schema.ts';
import { readEntries } from './lib/read-entries.ts';
import { todayIso } from './lib/today.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';
import { appendToLedger } from './lib/ledger.ts';
import { runCli } from './lib/run-cli.ts';
import { mergeReportLines, planReferenceMerge, readStructuredFile, type ReadInput } from './lib/ingest-references.ts';

const USAGE = 'usage: npm run ingest -- [file ...] [--dry-run] [--strict] [--json] [--content DIR]\n  a file is a listing capture, a reference export (.bib, CSL-JSON, RIS), Hugging Face API JSON or a list of arXiv ids/URLs;\n  with no file, every content/digests/* is read';

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean' }, strict: { type: 'boolean' }, json: { type: 'boolean' }, content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } },
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
    try {
      const parsed = parseDigest(decodeDigest(await readDigestBytes(path, file), file), file);
      diagnostics.push(...parsed.diagnostics);
      digests.push({ file, papers: parsed.papers });
      if (parsed.papers.length >= 1000) log(`${file}: parsed ${parsed.papers.length} papers`);
    } catch (error) {
      if (error instanceof DigestError) diagnostics.push(...error.diagnostics);
      else throw error;
    }
  }
  if (values.strict) for (const diagnostic of diagnostics) diagnostic.severity = 'error';
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  if (errors.length > 0) {
    console.error(`\n${errors.length} error(s): nothing was written.${values.strict ? ' (--strict turns every warning into an error.)' : ''}`);
    return 1;
  }

  const onDisk = await readEntries(contentDir);
  const existing: ExistingEntry[] = onDisk.map(({ data }) => data as unknown as ExistingEntry);
  const plan = planImport(existing, digests, todayIso());
  const merge = referenceInputs.length > 0 ? planReferenceMerge(onDisk, plan.added, referenceInputs, contentDir, todayIso()) : undefined;
  if (merge && merge.problems.length > 0) {
    for (const problem of merge.problems) console.error(formatDiagnostic(problem));
    console.error(`\n${merge.problems.length} error(s): nothing was written.`);
    return 1;
  }
  plan.added = plan.added.map((entry) => merge?.replaced.get(entry.slug) ?? entry);
  const writes = plan.added.map((entry) => {
    const checked = EntrySchema.parse(entry);
    return { path: join(contentDir, 'papers', checked.theme, `${checked.slug}.mdx`), content: entryToMdx(entry) };
  });
  const mergeWrites = merge?.writes ?? [];
  if (!values['dry-run']) {
    writeFilesAtomically([...writes, ...mergeWrites]);
    await appendToLedger(contentDir, [...plan.added, ...(merge?.plan.added ?? [])].map((entry) => `/papers/${entry.slug}/`));
  }
  if (merge) for (const line of mergeReportLines(merge.plan, referenceInputs, Boolean(values['dry-run']))) log(line);

  for (const skipped of plan.duplicates) log(`duplicate: ${skipped.file}:${skipped.line} ${JSON.stringify(skipped.title)} is the same paper (by ${skipped.by}) as ${skipped.matches}; skipped`);
  const verb = values['dry-run'] ? 'would add' : 'added';
  log(`${verb} ${plan.added.length}, duplicates skipped ${plan.duplicates.length}, left alone ${plan.leftAlone.length} (already in the survey)${values['dry-run'] ? ' — dry run, nothing written' : ''}`);
  if (values.json) {
    const summary = {
      dryRun: Boolean(values['dry-run']),
      added: plan.added.map((entry, i) => ({ slug: entry.slug, theme: entry.theme, title: entry.title, file: relative(process.cwd(), writes[i].path) })),
      duplicates: plan.duplicates,
      leftAlone: plan.leftAlone,
      merge: merge && {
        inputs: referenceInputs.map((input) => ({ file: input.file, format: input.format, source: input.source, records: input.records.length })),
        updated: merge.plan.updates.map((update) => ({ slug: update.slug, filled: update.filled })),
        added: merge.plan.added.map((entry) => ({ slug: entry.slug, theme: entry.theme, title: entry.title })),
        unchanged: merge.plan.unchanged,
        conflicts: merge.plan.conflicts,
        needsMetadata: merge.plan.incomplete,
        repeated: merge.plan.repeated,
        invalid: merge.plan.invalid,
      },
      warnings: diagnostics,
    };
    console.log(JSON.stringify(summary, null, 2));
  }
  return 0;
});

async function defaultDigests(contentDir: string): Promise<string[]> {
  const files: string[] = [];
  // Every file of content/digests/, whatever its extension: the format is told by content.
  for await (const file of glob('digests/*', { cwd: contentDir, withFileTypes: false })) if (!/(^|\/)\./.test(file)) files.push(join(contentDir, file));
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
