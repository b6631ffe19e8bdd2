import type { Venue } from '../schema.ts';

const PREPRINT_SERVERS = /\b(arxiv|medrxiv|biorxiv|chemrxiv|ssrn|research square|preprints?)\b/i;

/** The year a venue's name states ("ICLR 2026", "2023 IEEE International Conference on Big Data"). */
function yearInName(name: string): number | undefined {
  const years = [...name.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)].map((match) => Number(match[1]));
  return years.length === 1 ? years[0] : undefined;
}

/** What a reference record says about where it was published, in words common to BibTeX, CSL and RIS. */
export interface VenueClues {
  /** The container: journal, proceedings or book title. */
  name?: string;
  /** The record's broad type. */
  type: 'article' | 'proceedings' | 'book' | 'other';
  /** The record's own year, trusted for the venue only when the record is not also an arXiv eprint. */
  year?: number;
  hasArxiv: boolean;
}

/**
 * The venue of a record: journal → `journal`, proceedings → `conference` (or `workshop` when its name
 * says so), book → `book`, a preprint server → `preprint`. The year is the one in the venue's name
 * when it has one; else the record's year, unless the record is also an arXiv eprint, where the year
 * is often the preprint's (as in this survey's export) and so proves nothing about the venue.
 *
 * @example
 * venueFromClues({ name: 'ICLR 2026', type: 'proceedings', year: 2025, hasArxiv: true }) // { name: 'ICLR 2026', year: 2026, kind: 'conference' }
 */
export function venueFromClues(clues: VenueClues): Venue | undefined {
  const name = clues.name?.replace(/\s+/g, ' ').trim();
  if (!name) return undefined;
  const kind: Venue['kind'] = PREPRINT_SERVERS.test(name)
    ? 'preprint'
    : clues.type === 'article'
      ? 'journal'
      : clues.type === 'proceedings'
        ? /\bworkshops?\b/i.test(name)
          ? 'workshop'
          : 'conference'
        : clues.type === 'book'
          ? 'book'
          : 'other';
  const year = yearInName(name) ?? (clues.hasArxiv ? undefined : clues.year);
  // "arXiv preprint arXiv:2203.03540" (Google Scholar's BibTeX) names the server, and the id is kept elsewhere.
  const shown = kind === 'preprint' && /\barxiv\b/i.test(name) ? 'arXiv' : name;
  return { name: shown, ...(year === undefined || kind === 'preprint' ? {} : { year }), kind };
}
