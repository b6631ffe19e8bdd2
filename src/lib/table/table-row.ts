import { authorFamily } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { paperDateKey, paperYear } from '../dates.ts';
import { countLabel } from '../text/plural.ts';

/** One row of the papers table: what its six columns show and sort by, for one published paper. */
export interface TableRow {
  slug: string;
  title: string;
  /** The authors cell: up to three family names, then "et al.", or the organisation, or a count. */
  authors: string;
  /** Sorts dates as strings (see `paperDateKey`); year-less dates start with `0000`. */
  dateKey: string;
  year: number | null;
  theme: string;
  /** The venue's name, or '' when not known. */
  venue: string;
  /** The first code link, or '' when the paper has none. */
  code: string;
}

/** How many family names the authors cell shows before "et al.". */
const SHOWN_AUTHORS = 3;

/**
 * The authors cell of a paper: family names (an organisation kept whole), the first three and
 * "et al." beyond; else the Hugging Face organisation; else "N authors"; else ''.
 *
 * @example
 * authorsCell({ authors: [{ family: 'Yang', given: 'Xi' }, { literal: 'NVIDIA' }] }) // 'Yang, NVIDIA'
 */
export function authorsCell(entry: Pick<Entry, 'authors' | 'authorsCount' | 'organization'>): string {
  if (entry.authors && entry.authors.length > 0) {
    const names = entry.authors.slice(0, SHOWN_AUTHORS).map(authorFamily).join(', ');
    return entry.authors.length > SHOWN_AUTHORS ? `${names} et al.` : names;
  }
  if (entry.organization) return entry.organization.name;
  if (entry.authorsCount !== undefined) return countLabel(entry.authorsCount, 'author', 'authors');
  return '';
}

/** The table row of an entry. */
export function entryToTableRow(entry: Entry): TableRow {
  return {
    slug: entry.slug,
    title: entry.title,
    authors: authorsCell(entry),
    dateKey: paperDateKey(entry.date),
    year: paperYear(entry.date),
    theme: entry.theme,
    venue: entry.venue?.name ?? '',
    code: entry.links.find((link) => link.kind === 'code')?.url ?? '',
  };
}
