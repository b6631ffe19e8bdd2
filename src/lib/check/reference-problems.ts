import type { Diagnostic } from '../diagnostics.ts';
import { comparableUrl } from '../merge/same-value.ts';
import { isArxivDoi } from '../merge/identifiers.ts';
import { EntrySchema, SOURCED_FIELDS } from '../schema.ts';
import type { CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * What the schema alone cannot say about an entry's paper data: a `sources` record for a field with
 * no value, arXiv's own DOI in `doi`, the same link twice (errors); and an author list whose length
 * differs from the listing's author count (a warning: one of the two is out of date).
 */
export function referenceProblems(file: CheckedFile): Diagnostic[] {
  const parsed = EntrySchema.safeParse(file.data);
  if (!parsed.success) return []; // schemaProblems reports it
  const entry = parsed.data;
  const at = (path: PropertyKey[]) => ({ file: file.file, line: fieldLine(file.text, path) });
  const problems: Diagnostic[] = [];
  for (const field of SOURCED_FIELDS) {
    const value = entry[field];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (entry.sources[field] && empty) {
      problems.push({
        severity: 'error',
        ...at(['sources', field]),
        message: `sources.${field} says "${entry.sources[field]}", but the entry has no ${field}`,
        fix: `delete sources.${field}, or add the ${field}`,
      });
    }
  }
  if (entry.doi && isArxivDoi(entry.doi)) {
    problems.push({
      severity: 'error',
      ...at(['doi']),
      message: "doi is arXiv's own DOI, which names the preprint, not a published version",
      found: entry.doi,
      expected: 'the DOI of the published version, or no doi',
      fix: `delete doi; the arXiv id (arxiv: "${entry.doi.replace(/^10\.48550\/arxiv\./i, '')}") already identifies the preprint`,
    });
  }
  const seen = new Map<string, number>();
  entry.links.forEach((link, index) => {
    const key = comparableUrl(link.url);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({
        severity: 'error',
        ...at(['links', index]),
        message: `links[${index}] repeats links[${first}] (${link.url})`,
        fix: 'keep one of the two',
      });
    else seen.set(key, index);
  });
  if (entry.authors && entry.authorsCount !== undefined && entry.authors.length !== entry.authorsCount) {
    problems.push({
      severity: 'warning',
      ...at(['authorsCount']),
      message: `authorsCount is ${entry.authorsCount} (from the listing) but authors lists ${entry.authors.length} (from ${entry.sources.authors ?? 'a curator'})`,
      fix: 'check the paper: correct the author list, or set authorsCount to its length (the page shows the list)',
    });
  }
  return problems;
}
