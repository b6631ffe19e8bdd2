import type { Venue } from '../schema.ts';

// Servers of preprints: a venue there is no published version.
const PREPRINT_SERVER = /\b(arxiv|biorxiv|medrxiv|chemrxiv|ssrn|research square|preprints?|openreview)\b/i;

/** Whether a venue name is a preprint server (arXiv, medRxiv…), so that it names no published version. */
export function isPreprintServer(name: string): boolean {
  return PREPRINT_SERVER.test(name);
}

/** A published venue from its name, a kind guessed by the API, and a year; undefined for a preprint server. */
export function publishedVenue(
  name: string | undefined,
  kind: Venue['kind'] | undefined,
  year: unknown,
): Venue | undefined {
  if (!name || isPreprintServer(name) || kind === 'preprint') return undefined;
  const workshop = /\bworkshops?\b/i.test(name);
  const validYear =
    typeof year === 'number' && Number.isInteger(year) && year >= 1900 && year <= 2100 ? year : undefined;
  return {
    name,
    ...(validYear === undefined ? {} : { year: validYear }),
    kind: workshop ? 'workshop' : (kind ?? 'other'),
  };
}
