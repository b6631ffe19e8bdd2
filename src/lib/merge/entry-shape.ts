import { EntrySchema, SOURCED_FIELDS, type Entry, type EntryInput } from '../schema.ts';

/** The fields of an entry in the order the schema lists them: the order an entry file shows them in. */
export const ENTRY_FIELD_ORDER = Object.keys(EntrySchema.shape) as Array<keyof EntryInput>;

/** An entry as a file stores it: fields in schema order, and the defaults that say nothing left out. */
export function compactEntry(entry: Entry): EntryInput {
  const out: Record<string, unknown> = {};
  for (const field of ENTRY_FIELD_ORDER) {
    const value = entry[field as keyof Entry];
    if (value === undefined) continue;
    if (Array.isArray(value) && value.length === 0 && field !== 'secondaryThemes') continue;
    if (field === 'sources' && Object.keys(value as object).length === 0) continue;
    if (field === 'sources') {
      out[field] = orderedSources(entry.sources);
      continue;
    }
    if (field === 'status' && value === 'published') continue;
    out[field] = value;
  }
  return out as EntryInput;
}

/**
 * Sets the merged values of the given fields on an entry's raw frontmatter, leaving every other field
 * exactly as the file had it, and puts the fields in schema order (unknown fields keep their place at the end).
 */
export function patchFrontmatter(
  data: Record<string, unknown>,
  merged: Entry,
  fields: Iterable<string>,
): Record<string, unknown> {
  const patched: Record<string, unknown> = { ...data };
  for (const field of fields) patched[field] = merged[field as keyof Entry];
  patched.sources = orderedSources(merged.sources);
  const ordered: Record<string, unknown> = {};
  for (const field of ENTRY_FIELD_ORDER) if (field in patched) ordered[field] = patched[field];
  for (const [field, value] of Object.entries(patched)) if (!(field in ordered)) ordered[field] = value;
  return ordered;
}

/** An entry's sources in the order of `SOURCED_FIELDS`, so files list them alike. */
export function orderedSources(sources: Entry['sources']): Entry['sources'] {
  return Object.fromEntries(SOURCED_FIELDS.filter((field) => sources[field]).map((field) => [field, sources[field]]));
}
