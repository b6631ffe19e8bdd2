import type { ApiRequests } from '../../../src/lib/enrich/api-requests.ts';
import { applyLookup } from '../../../src/lib/enrich/apply-lookup.ts';
import { wantedFields } from '../../../src/lib/enrich/wanted-fields.ts';
import { entryToMdx } from '../../../src/lib/entry-file.ts';
import { EntrySchema } from '../../../src/lib/schema.ts';
import type { EntryOnDisk } from '../../../src/lib/content-tree/files.ts';
import { entryReport, formatEntryReport, type EntryReport } from './enrich-report.ts';
import type { HttpClient } from './http-client.ts';
import { lookupPaper, wantsArxiv } from './lookup-paper.ts';
import { prefetchArxiv } from './arxiv-prefetch.ts';

/**
 * Looks up and merges each entry in turn, telling `log` what it did as it goes, and returns the
 * reports and the files to write (nothing is written here). An entry the schema refuses is reported
 * and skipped without a request. An {@link OfflineError} from a lookup ends the run.
 */
export async function enrichEntries(
  entries: EntryOnDisk[],
  client: HttpClient,
  requests: ApiRequests,
  log: (line: string) => void,
): Promise<{ reports: EntryReport[]; writes: Array<{ path: string; content: string }> }> {
  const reports: EntryReport[] = [];
  const writes: Array<{ path: string; content: string }> = [];
  const valid = entries.filter(({ data }) => EntrySchema.safeParse(data).success);
  const validFiles = new Set(valid.map(({ file }) => file));
  const ids = valid.flatMap(({ data }) =>
    typeof data.arxiv === 'string' && wantsArxiv(wantedFields(data)) ? [data.arxiv] : [],
  );
  const arxivRecords = ids.length > 1 ? await prefetchArxiv(ids, client, requests) : new Map();
  for (const { file, data, body } of entries) {
    let report: EntryReport;
    if (!validFiles.has(file)) {
      report = {
        ...entryReport(file, { findings: [], notes: [], failures: [] }),
        failures: ['the entry does not pass the schema, so it was not looked up; run npm run check and fix it first'],
      };
    } else {
      const lookup = await lookupPaper(data, client, requests, arxivRecords);
      const enriched = applyLookup(data, lookup.findings);
      report = entryReport(file, lookup, enriched);
      if (enriched.filled.length > 0) writes.push({ path: file, content: entryToMdx(enriched.data, body) });
    }
    reports.push(report);
    for (const line of formatEntryReport(report)) log(line);
  }
  return { reports, writes };
}
