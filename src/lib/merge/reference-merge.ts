/**
 * The merge of structured inputs (reference exports, API JSON, id lists) into the survey, as ingest runs
 * it: which files change and how, and the report it prints. Pure: the caller reads the inputs and the
 * entries and writes what this plans.
 */
import { join } from 'node:path';
import type { EntryOnDisk } from '../content-tree/files.ts';
import { entryFile } from '../content-tree/layout.ts';
import { arxivUrl, doiUrl } from '../cite/urls.ts';
import { quote, type Diagnostic } from '../diagnostics.ts';
import { entryToMdx } from '../entry-file.ts';
import type { InputFormat } from '../references/index.ts';
import { EntrySchema, type Entry, type EntryInput } from '../schema.ts';
import { countLabel } from '../text/plural.ts';
import { patchFrontmatter } from './entry-shape.ts';
import { planMerge, type MergePlan, type RecordsInput } from './plan-merge.ts';

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
    const url = r.arxiv ? arxivUrl(r.arxiv) : r.doi ? doiUrl(r.doi) : '<its arXiv or DOI URL>';
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
