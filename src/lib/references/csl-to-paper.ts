import { isoDate } from '../dates.ts';
import { arxivIdFrom, canonicalDoi, isArxivDoi } from '../merge/identifiers.ts';
import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Author, PaperDate, PaperLink } from '../schema.ts';
import { classifyUrl } from './classify-url.ts';
import { venueFromClues, type VenueClues } from './venue-from-record.ts';

/** The CSL-JSON name fields an entry uses. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
  'dropping-particle'?: string;
  suffix?: string;
}

/** The CSL-JSON item fields an entry uses (CSL 1.0 input data; other fields are ignored). */
export interface CslItem {
  id?: string | number;
  type?: string;
  title?: string;
  abstract?: string;
  author?: CslName[];
  DOI?: string;
  URL?: string;
  number?: string;
  note?: string;
  'container-title'?: string;
  publisher?: string;
  genre?: string;
  archive?: string;
  archive_location?: string;
  issued?: { 'date-parts'?: Array<Array<number | string>>; raw?: string; literal?: string };
}

/** A CSL name as an entry stores it: a literal stays whole; particles join the family name. */
export function cslNameToAuthor(name: CslName): Author | undefined {
  if (name.literal?.trim()) return { literal: name.literal.trim() };
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family]
    .filter(Boolean)
    .join(' ')
    .trim();
  const given = [name.given, name.suffix].filter(Boolean).join(', ').trim();
  if (!family) return given ? { literal: given } : undefined;
  return given ? { family, given } : { family };
}

const TYPES: Record<string, VenueClues['type']> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'paper-conference': 'proceedings',
  chapter: 'book',
  book: 'book',
};

/** What one CSL-JSON item (from a file, or from RIS through citation-js) says about its paper. */
export function cslItemToPaper(item: CslItem): IncomingPaper {
  const doiNamesArxiv = item.DOI !== undefined && isArxivDoi(item.DOI);
  const arxiv = [
    item.DOI,
    item.URL,
    item.number,
    item.archive_location,
    item.genre,
    item.note,
    item.id === undefined ? undefined : String(item.id),
  ]
    .map((value) => (value ? (arxivIdFrom(value) ?? arxivIdFrom(/arxiv:\s*\S+/i.exec(value)?.[0] ?? '')) : undefined))
    .find(Boolean);
  const authors = (item.author ?? []).map(cslNameToAuthor).filter((a): a is Author => a !== undefined);
  const verdict = item.URL ? classifyUrl(item.URL) : undefined;
  const links: PaperLink[] = verdict && item.URL ? [{ kind: verdict.kind, url: item.URL }] : [];
  const issued = cslDate(item.issued);
  const paper: IncomingPaper = {
    title: text(item.title),
    abstract: text(item.abstract),
    authors: authors.length > 0 ? authors : undefined,
    date: issued?.date,
    arxiv,
    doi: item.DOI && !doiNamesArxiv ? canonicalDoi(item.DOI) : undefined,
    venue: venueFromClues({
      name: text(item['container-title']),
      type: TYPES[item.type ?? ''] ?? 'other',
      year: issued?.year,
      hasArxiv: arxiv !== undefined,
    }),
    links,
  };
  return Object.fromEntries(Object.entries(paper).filter(([, value]) => value !== undefined)) as IncomingPaper;
}

function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

/** The issued date: a full date when year, month and day are all there; the year in any case. */
function cslDate(issued: CslItem['issued']): { date?: PaperDate; year?: number } | undefined {
  const parts =
    issued?.['date-parts']?.[0]?.map(Number) ?? (issued?.raw ? issued.raw.split(/[-/]/).map(Number) : undefined);
  if (!parts || !Number.isInteger(parts[0])) return undefined;
  const [year, month, day] = parts as [number, number?, number?];
  if (!month || !day) return { year };
  const value = isoDate(year, month, day);
  return Number.isNaN(Date.parse(value)) ? { year } : { year, date: { precision: 'day', value } };
}
