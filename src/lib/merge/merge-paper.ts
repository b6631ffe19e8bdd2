import type { Entry, PaperDate, SourcedField, ValueSource, Venue } from '../schema.ts';
import { canonicalArxiv, canonicalDoi } from './identifiers.ts';
import { comparableUrl, sameValue } from './same-value.ts';

/** What one source says about a paper: any subset of the sourced fields, typed as the entry types them. */
export type IncomingPaper = Partial<Pick<Entry, SourcedField>>;

/** A value the merge did not take because the entry already has another. */
export interface MergeConflict {
  field: SourcedField;
  kept: unknown;
  keptSource: ValueSource;
  offered: unknown;
  offeredSource: ValueSource;
}

/** The merged entry, the fields it gained, and each value it refused. */
export interface MergeResult {
  entry: Entry;
  filled: SourcedField[];
  conflicts: MergeConflict[];
}

/** The fields merged one value at a time, in the order a report lists them. */
const SINGLE_FIELDS = ['title', 'abstract', 'authors', 'arxiv', 'arxivCategory', 'doi', 'venue'] as const;

/** Whether a value counts as given: not undefined, not an empty string or list. */
function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The form an entry stores: identifiers lose their URL prefix and version, everything else as given. */
function stored(field: (typeof SINGLE_FIELDS)[number], value: unknown): unknown {
  if (field === 'arxiv') return canonicalArxiv(value as string);
  if (field === 'doi') return canonicalDoi(value as string);
  return value;
}

/** Whether a full date completes a year-less one: same month and day. */
function completesDate(have: PaperDate, offered: PaperDate): boolean {
  return have.precision === 'month-day' && offered.precision === 'day' && `--${offered.value.slice(5)}` === have.value;
}

/** Whether a venue gains only its year: same name and kind, a year offered where the entry has none. */
function completesVenue(have: Venue, offered: Venue): boolean {
  return (
    have.year === undefined && offered.year !== undefined && sameValue('venue', have, { ...offered, year: undefined })
  );
}

/** Whether a year-less date agrees with a full date the entry already has. */
function agreesLessPrecisely(have: PaperDate, offered: PaperDate): boolean {
  return have.precision === 'day' && offered.precision === 'month-day' && `--${have.value.slice(5)}` === offered.value;
}

/**
 * Fills the entry's missing fields from one source; never overwrites a value; reports each disagreement.
 *
 * A value without a recorded source counts as the curator's. Equal values (after setting aside
 * BibTeX braces, whitespace, DOI case, arXiv versions) change nothing. Links are unioned by URL; the
 * source of `links` is that of the first links the entry had. A year-less date gains its year from a
 * full date with the same month and day (recorded as the offering source's); a venue without a year
 * gains the year of the same venue (name and kind), keeping the source of its name.
 */
export function mergePaper(entry: Entry, incoming: IncomingPaper, source: ValueSource): MergeResult {
  const merged: Entry = { ...entry, links: [...entry.links], sources: { ...entry.sources } };
  const filled: SourcedField[] = [];
  const conflicts: MergeConflict[] = [];
  const keptSource = (field: SourcedField): ValueSource => entry.sources[field] ?? 'curator';
  const conflict = (field: SourcedField, kept: unknown, offered: unknown) =>
    conflicts.push({ field, kept, keptSource: keptSource(field), offered, offeredSource: source });

  for (const field of SINGLE_FIELDS) {
    const offered = incoming[field];
    if (!isGiven(offered)) continue;
    const have = entry[field];
    if (!isGiven(have)) {
      (merged as Record<string, unknown>)[field] = stored(field, offered);
      merged.sources[field] = source;
      filled.push(field);
    } else if (field === 'venue' && completesVenue(have as Venue, offered as Venue)) {
      merged.venue = { ...(have as Venue), year: (offered as Venue).year! };
      filled.push('venue');
    } else if (!sameValue(field, have, offered)) conflict(field, have, offered);
  }

  if (incoming.date) {
    if (completesDate(entry.date, incoming.date)) {
      merged.date = incoming.date;
      merged.sources.date = source;
      filled.push('date');
    } else if (!sameValue('date', entry.date, incoming.date) && !agreesLessPrecisely(entry.date, incoming.date)) {
      conflict('date', entry.date, incoming.date);
    }
  }

  const known = new Map(entry.links.map((link) => [comparableUrl(link.url), link]));
  for (const link of incoming.links ?? []) {
    const have = known.get(comparableUrl(link.url));
    if (have) {
      if (have.kind !== link.kind) conflict('links', have, link);
      continue;
    }
    known.set(comparableUrl(link.url), link);
    merged.links.push(link);
  }
  if (merged.links.length > entry.links.length) {
    if (entry.links.length === 0) merged.sources.links = source;
    filled.push('links');
  }
  return { entry: merged, filled, conflicts };
}
