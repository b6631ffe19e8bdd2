import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryOnDisk } from '../../src/lib/content-tree/files.ts';
import { entryFile } from '../../src/lib/content-tree/layout.ts';
import { quote, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { entryToMdx } from '../../src/lib/entry-file.ts';
import { patchFrontmatter } from '../../src/lib/merge/entry-shape.ts';
import { planMerge, type MergePlan, type RecordsInput } from '../../src/lib/merge/plan-merge.ts';
import { detectFormat, readReferences, ReferenceError, type InputFormat } from '../../src/lib/references/index.ts';
import { EntrySchema, type Entry, type EntryInput, type ValueSource } from '../../src/lib/schema.ts';
import { countLabel } from '../../src/lib/text/plural.ts';

const FORMAT_NAMES: Record<Exclude<InputFormat, 'listing'>, string> = {
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
  ris: 'RIS',
  'hf-json': 'Hugging Face API JSON',
  'id-list': 'a list of ids',
};

/** A structured input as read: its records with their source, and the format it was read as. */
export interface ReadInput extends RecordsInput {
  format: Exclude<InputFormat, 'listing'>;
}

/** Reference exports count as the curators' export; API captures and id lists as listing (digest) data. */
const SOURCE_OF: Record<Exclude<InputFormat, 'listing'>, ValueSource> = {
  bibtex: 'export',
  'csl-json': 'export',
  ris: 'export',
  'hf-json': 'digest',
  'id-list': 'digest',
};

/**
 * Reads a file when its content is a structured format (reference export, API JSON, id list): its
 * records, or its problems in `diagnostics`. A listing capture, or a file that cannot be read or
 * decoded, is left to the listing reader, which reports such problems. The listing reader gets what
 * was read (`listing`), so a 10,000-paper capture is read and decoded once, not twice.
 */
export async function readStructuredFile(
  path: string,
  file: string,
  diagnostics: Diagnostic[],
): Promise<StructuredRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { isStructured: false };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { isStructured: false, listing: { bytes } };
  }
  const { format } = detectFormat(text);
  if (format === 'listing') return { isStructured: false, listing: { bytes, text } };
  return { isStructured: true, input: await readStructuredInput(text, file, format, diagnostics) };
}

/** What `readStructuredFile` found: a structured input, or what a listing reader can start from. */
export interface StructuredRead {
  isStructured: boolean;
  input?: ReadInput;
  listing?: ListingRead;
}

/** A file's bytes as read, and their text when they are valid UTF-8. */
export interface ListingRead {
  bytes: Uint8Array;
  text?: string;
}

/** Reads one structured input into records with their source; bad input lands in `diagnostics`. */
export async function readStructuredInput(
  text: string,
  file: string,
  format: Exclude<InputFormat, 'listing'>,
  diagnostics: Diagnostic[],
): Promise<ReadInput | undefined> {
  try {
    const parsed = await readReferences(text, file, format);
    diagnostics.push(...parsed.diagnostics);
    return { file, source: SOURCE_OF[format], records: parsed.records, format };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    diagnostics.push(...error.diagnostics);
    return undefined;
  }
}

/** A file to write: its path and content. */
export interface PlannedWrite {
  path: string;
  content: string;
}

/**
 * Plans the merge of structured inputs into the entries on disk and the entries this run adds from
 * listings; returns the plan and the files to write. Entries on disk that fail the schema stop the
 * merge with a diagnostic (run `npm run check`), since a merge must know what an entry holds.
 */
export function planReferenceMerge(
  onDisk: EntryOnDisk[],
  addedFromListings: EntryInput[],
  inputs: RecordsInput[],
  contentDir: string,
  today: string,
): { plan: MergePlan; writes: PlannedWrite[]; replaced: Map<string, EntryInput>; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const entries: Entry[] = [];
  const fileOf = new Map<string, EntryOnDisk>();
  for (const file of onDisk) {
    const parsed = EntrySchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push({
        severity: 'error',
        file: file.file,
        line: 0,
        message: 'this entry does not pass the schema, so nothing can be merged into it',
        fix: 'run `npm run check` and fix the entry first',
      });
      continue;
    }
    entries.push(parsed.data);
    fileOf.set(parsed.data.slug, file);
  }
  const fresh = new Set(addedFromListings.map((entry) => entry.slug));
  for (const entry of addedFromListings) entries.push(EntrySchema.parse(entry));
  const plan = planMerge(entries, inputs, today);
  const writes: PlannedWrite[] = [];
  const replaced = new Map<string, EntryInput>();
  for (const update of plan.updates) {
    const file = fileOf.get(update.slug);
    if (fresh.has(update.slug)) {
      const base = addedFromListings.find((entry) => entry.slug === update.slug)!;
      replaced.set(
        update.slug,
        patchFrontmatter(base as Record<string, unknown>, update.entry, update.filled) as EntryInput,
      );
    } else if (file) {
      writes.push({
        path: file.file,
        content: entryToMdx(patchFrontmatter(file.data, update.entry, update.filled), file.body),
      });
    }
  }
  for (const entry of plan.added)
    writes.push({
      path: join(contentDir, entryFile(entry.theme, entry.slug)),
      content: entryToMdx(entry as Record<string, unknown>),
    });
  return { plan, writes, replaced, problems };
}

function shown(value: unknown): string {
  return typeof value === 'string' ? quote(value, 60) : JSON.stringify(value).slice(0, 80);
}

/** The merge report as lines: each input and its format, each conflict (kept and offered value, with sources), each incomplete record, the totals. */
export function mergeReportLines(plan: MergePlan, inputs: ReadInput[], dryRun: boolean): string[] {
  const lines = inputs.map(
    (input) =>
      `read ${input.file} as ${FORMAT_NAMES[input.format]} (told by its content): ${input.records.length} record(s), values count as ${input.source}`,
  );
  for (const c of plan.conflicts) {
    lines.push(
      `conflict: ${c.slug}: ${c.field}: kept ${shown(c.kept)} (${c.keptSource}); ${c.file}:${c.line} offered ${shown(c.offered)} (${c.offeredSource})`,
    );
  }
  for (const r of plan.incomplete) {
    const id = r.arxiv ? `arXiv ${r.arxiv}` : r.doi ? `DOI ${r.doi}` : (r.key ?? 'a record');
    const url = r.arxiv
      ? `https://arxiv.org/abs/${r.arxiv}`
      : r.doi
        ? `https://doi.org/${r.doi}`
        : '<its arXiv or DOI URL>';
    lines.push(
      `needs metadata: ${r.file}:${r.line} ${id} is not in the survey, and the input lacks its ${r.missing.join(', ')}; not added. Add it with \`npm run new -- ${url}\` (online, enrich fills the rest), or give a file that has them.`,
    );
  }
  for (const d of plan.repeated) lines.push(`repeated: ${d.file}:${d.line} ${d.message}`);
  for (const d of plan.invalid) lines.push(`invalid: ${d.file}:${d.line} ${d.message}`);
  const filled = plan.updates.reduce((sum, update) => sum + update.filled.length, 0);
  lines.push(
    `merge: ${dryRun ? 'would fill' : 'filled'} ${filled} field(s) in ${countLabel(plan.updates.length, 'entry', 'entries')}, ${dryRun ? 'would add' : 'added'} ${plan.added.length}, unchanged ${plan.unchanged}, conflicts ${plan.conflicts.length} (kept the entry's value), needing metadata ${plan.incomplete.length}`,
  );
  return lines;
}
