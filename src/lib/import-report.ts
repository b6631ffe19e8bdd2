import type { Diagnostic } from './diagnostics.ts';
import { themeEvidence } from './explain-verdict.ts';
import type { MergePlan, RecordsInput } from './merge/plan-merge.ts';
import type { ImportPlan } from './plan-import.ts';
import type { InputFormat } from './references/reference-record.ts';

/** What one `npm run ingest` run of listings did: its plan, the records skipped, every diagnostic. */
export interface ImportOutcome {
  plan: ImportPlan;
  /** Records left out by `--skip-invalid`. */
  skipped: Diagnostic[];
  diagnostics: Diagnostic[];
  dryRun: boolean;
}

/** The merge of reference inputs in the same run, for the JSON summary. */
export interface MergeOutcome {
  plan: MergePlan;
  inputs: ReadonlyArray<RecordsInput & { format: Exclude<InputFormat, 'listing'> }>;
}

// A capture cut off mid-record: its last paper counts as found and skipped.
const isTruncation = (diagnostic: Diagnostic) => /last record is incomplete/.test(diagnostic.message);

/** The papers found, already present and skipped, as the summary line and the JSON count them. */
function counts({ plan, skipped, diagnostics }: ImportOutcome): { found: number; present: number; skipped: number } {
  const present = plan.leftAlone.length + plan.duplicates.length;
  const skippedCount = skipped.length + diagnostics.filter(isTruncation).length;
  return { found: plan.added.length + present + skippedCount, present, skipped: skippedCount };
}

/**
 * The report of an import for people: each repeated paper, each paper a dry run would add and why
 * its theme, and the totals.
 */
export function importReportLines(outcome: ImportOutcome): string[] {
  const { plan, dryRun } = outcome;
  const lines = plan.duplicates.map(
    (repeated) =>
      `duplicate: ${repeated.file}:${repeated.line} ${JSON.stringify(repeated.title)} is the same paper (by ${repeated.by}) as ${repeated.matches}; skipped`,
  );
  if (dryRun)
    for (const entry of plan.added)
      lines.push(
        `would add: ${entry.slug}  ${entry.theme}  ${JSON.stringify(entry.title)}\n    ${themeEvidence(entry)}`,
      );
  const { found, present, skipped } = counts(outcome);
  const verb = dryRun ? 'would add' : 'added';
  lines.push(
    `papers found ${found}: ${verb} ${plan.added.length}, already present ${present}${plan.duplicates.length > 0 ? ` (${plan.duplicates.length} repeated in the input)` : ''}, skipped ${skipped}${dryRun ? ' — dry run, nothing written' : ''}`,
  );
  return lines;
}

/** The report of an import for programs (`--json`); `addedFiles` are the new entries' paths, as `plan.added` orders them. */
export function importJsonSummary(outcome: ImportOutcome, addedFiles: readonly string[], merge?: MergeOutcome) {
  const { plan, skipped, diagnostics, dryRun } = outcome;
  const { found, present } = counts(outcome);
  return {
    dryRun,
    found,
    alreadyPresent: present,
    skipped: [...skipped, ...diagnostics.filter(isTruncation)],
    added: plan.added.map(({ slug, theme, title }, i) => ({ slug, theme, title, file: addedFiles[i] })),
    duplicates: plan.duplicates,
    leftAlone: plan.leftAlone,
    merge: merge && {
      inputs: merge.inputs.map((input) => ({
        file: input.file,
        format: input.format,
        source: input.source,
        records: input.records.length,
      })),
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
}
