import { mergePaper, type MergeConflict } from '../merge/merge-paper.ts';
import { EntrySchema, type SourcedField } from '../schema.ts';
import { combineFindings, type ApiName, type Finding } from './combine-findings.ts';
import { keepValid } from '../merge/keep-valid.ts';

/** What enrich does to one entry file's data: the new data, and what changed or was refused. */
export interface EnrichedEntry {
  /** The frontmatter with the filled fields and their sources; every other key as it was, in its place. */
  data: Record<string, unknown>;
  /** Each filled field and the API its value came from. */
  filled: Array<{ field: SourcedField; api: ApiName; value: unknown }>;
  /** Values the APIs offered that differ from the entry's, which kept its own. */
  conflicts: MergeConflict[];
  /** API values the schema refused. */
  dropped: string[];
}

/**
 * Merges what the APIs found into one entry's frontmatter through `mergePaper(…, 'enrich')`: missing
 * fields are filled and marked `sources.<field>: enrich`; a value already there, above all a
 * curator's, is never overwritten, only reported. Throws when the entry itself is not valid.
 */
export function applyLookup(data: Record<string, unknown>, findings: Finding[]): EnrichedEntry {
  const entry = EntrySchema.parse(data);
  const { paper, from } = combineFindings(findings);
  const { paper: valid, dropped } = keepValid(paper);
  const result = mergePaper(entry, valid, 'enrich');
  const next: Record<string, unknown> = { ...data };
  for (const field of result.filled) next[field] = result.entry[field];
  if (result.filled.length > 0) next.sources = result.entry.sources;
  return {
    data: next,
    filled: result.filled.map((field) => ({ field, api: from[field]!, value: result.entry[field] })),
    conflicts: result.conflicts,
    dropped,
  };
}
