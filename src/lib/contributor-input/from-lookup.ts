import { mergePaper, type IncomingPaper } from '../merge/merge-paper.ts';
import { EntrySchema, type EntryInput, type SourcedField } from '../schema.ts';
import type { PaperReference } from '../enrich/paper-id.ts';

/** The flags of `npm run new` that a lookup can stand in for. */
export interface LookupFlags {
  title?: string;
  abstract?: string;
  date?: string;
  arxiv?: string;
}

/**
 * The flags as if the contributor had typed what the APIs found: their own flags first (a person's
 * value always wins), then the APIs'. Also says which fields came from the APIs, to record `enrich`
 * as their source. (The author list is no flag: {@link withLookup} adds it to the entry.)
 */
export function flagsWithLookup<F extends LookupFlags>(
  flags: F,
  reference: PaperReference | undefined,
  found: IncomingPaper,
): { flags: F; fromApis: SourcedField[] } {
  const fromApis: SourcedField[] = [];
  const take = <K extends 'title' | 'abstract' | 'date' | 'arxiv'>(
    key: K,
    value: string | undefined,
  ): string | undefined => {
    if (flags[key] !== undefined || value === undefined) return flags[key];
    fromApis.push(key);
    return value;
  };
  const arxiv = flags.arxiv ?? (reference?.kind === 'arxiv' ? reference.arxiv : undefined);
  return {
    flags: {
      ...flags,
      title: take('title', found.title),
      abstract: take('abstract', found.abstract),
      date: take('date', found.date?.value),
      arxiv: arxiv ?? take('arxiv', found.arxiv),
    },
    fromApis,
  };
}

/** Everything the APIs found that the new entry lacks (authors, DOI, venue, links…), filled through the merge as `enrich`. */
export function withLookup(
  entry: EntryInput,
  found: IncomingPaper,
  fromApis: SourcedField[],
  reference: PaperReference | undefined,
): EntryInput {
  const sources: Record<string, string> = { ...(entry.sources ?? {}) };
  for (const field of fromApis) sources[field] = 'enrich';
  const doi = reference?.kind === 'doi' ? reference.doi : undefined;
  // The DOI a contributor pasted is theirs; the rest of what was found merges below theirs.
  const base = EntrySchema.safeParse({ ...entry, ...(doi ? { doi } : {}), sources });
  // An entry the schema refuses is left for npm run new to report, field by field, as it does today.
  if (!base.success) return entry;
  const { entry: merged, filled } = mergePaper(base.data, found, 'enrich');
  if (filled.length === 0 && fromApis.length === 0 && !doi) return entry;
  const added = Object.fromEntries(filled.map((field) => [field, merged[field]]));
  return {
    ...entry,
    ...(doi ? { doi } : {}),
    ...added,
    ...(Object.keys(merged.sources).length > 0 ? { sources: merged.sources } : {}),
  };
}
