import type { MergeConflict } from '../../../src/lib/merge/merge-paper.ts';
import type { EnrichedEntry } from '../../../src/lib/enrich/apply-lookup.ts';
import type { Lookup } from './lookup-paper.ts';
import { countLabel } from '../../../src/lib/text/plural.ts';

/** What enrich did to one entry, for people and for --json. */
export interface EntryReport {
  file: string;
  filled: EnrichedEntry['filled'];
  conflicts: MergeConflict[];
  dropped: string[];
  notes: string[];
  failures: string[];
}

/** An entry's report, from its lookup and what the merge made of it. */
export function entryReport(file: string, lookup: Lookup, enriched?: EnrichedEntry): EntryReport {
  return {
    file,
    filled: enriched?.filled ?? [],
    conflicts: enriched?.conflicts ?? [],
    dropped: enriched?.dropped ?? [],
    notes: lookup.notes,
    failures: lookup.failures,
  };
}

/** The lines that tell a curator what enrich did to one entry; none when it did and found nothing. */
export function formatEntryReport(report: EntryReport): string[] {
  const lines: string[] = [];
  for (const { field, api, value } of report.filled) lines.push(`  filled  ${field} from ${api}: ${shortValue(value)}`);
  for (const conflict of report.conflicts)
    lines.push(
      `  kept    ${conflict.field}: ${shortValue(conflict.kept)} (${conflict.keptSource}); the APIs offer ${shortValue(conflict.offered)}`,
    );
  for (const dropped of report.dropped) lines.push(`  refused ${dropped}`);
  for (const note of report.notes) lines.push(`  note    ${note}`);
  for (const failure of report.failures) lines.push(`  failed  ${failure}`);
  return lines.length === 0 ? [] : [report.file, ...lines];
}

/** The closing lines of a run: how much was filled, kept and written, and how many requests it took. */
export function formatSummary(reports: EntryReport[], written: number, dryRun: boolean, requests: number): string[] {
  const filled = reports.reduce((sum, report) => sum + report.filled.length, 0);
  const conflicts = reports.reduce((sum, report) => sum + report.conflicts.length, 0);
  const failed = reports.filter((report) => report.failures.length > 0).length;
  return [
    '',
    `${countLabel(reports.length, 'entry', 'entries')} looked up: ${countLabel(filled, 'field', 'fields')} filled in ${countLabel(written, 'entry', 'entries')}, ${countLabel(conflicts, 'disagreement', 'disagreements')} kept as they were, ${failed} with failed lookups; ${countLabel(requests, 'request', 'requests')} over the network.`,
    dryRun
      ? '--dry-run: nothing was written.'
      : written > 0
        ? `Wrote ${countLabel(written, 'entry', 'entries')}. Review them (npm run check lists published versions to confirm), then commit.`
        : 'Nothing to write.',
  ];
}

// Values as one line: an author list as its names' count and first name, a link list as its kinds.
function shortValue(value: unknown): string {
  if (
    Array.isArray(value) &&
    value.every((item) => item && typeof item === 'object' && ('family' in item || 'literal' in item))
  ) {
    const first = value[0] as { family?: string; given?: string; literal?: string };
    return `${countLabel(value.length, 'author', 'authors')} (${first.literal ?? [first.given, first.family].filter(Boolean).join(' ')}${value.length > 1 ? ', …' : ''})`;
  }
  if (
    Array.isArray(value) &&
    value.every((item) => item && typeof item === 'object' && 'kind' in item && 'url' in item)
  ) {
    return (value as Array<{ kind: string; url: string }>).map((link) => `${link.kind} ${link.url}`).join(', ');
  }
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
