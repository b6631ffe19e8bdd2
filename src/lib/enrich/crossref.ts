import { isoDate } from '../dates.ts';
import type { IncomingPaper } from '../merge/merge-paper.ts';
import { PaperDateSchema, type Author, type PaperDate, type Venue } from '../schema.ts';
import { normalizeTitle } from '../identity.ts';
import { ApiFormatError } from './api-error.ts';
import { apiText } from './api-text.ts';
import { authorFromParts } from './author-name.ts';
import { optional } from './optional.ts';
import { isArxivDoi } from './paper-id.ts';
import { publishedVenue } from './venue-kind.ts';

// Crossref's work types (https://api.crossref.org/types) as venue kinds; posted-content is a preprint.
const KIND_OF_TYPE: Record<string, Venue['kind']> = {
  'journal-article': 'journal',
  'proceedings-article': 'conference',
  'book-chapter': 'book',
  'book-part': 'book',
  'book-section': 'book',
  book: 'book',
  monograph: 'book',
  'edited-book': 'book',
  'posted-content': 'preprint',
};

/**
 * Reads one Crossref work (`GET /works/<doi>` answers `{ status: "ok", message: <work> }`): its DOI,
 * authors (`given`/`family`, or `name` for a group) and venue (`container-title`, kind from `type`,
 * year from `issued`). A posted preprint gives no venue: it is not a published version.
 */
export function crossrefWorkToIncoming(work: unknown): IncomingPaper {
  if (!work || typeof work !== 'object' || Array.isArray(work))
    throw new ApiFormatError('Crossref', 'expected a work object');
  const item = work as Record<string, any>;
  const doi = apiText(item.DOI);
  if (!doi) throw new ApiFormatError('Crossref', 'expected a work with a "DOI"');
  const authors = (Array.isArray(item.author) ? item.author : [])
    .map((author: Record<string, unknown>) => authorFromParts(author))
    .filter((author: Author | undefined): author is Author => author !== undefined);
  const container = apiText(Array.isArray(item['container-title']) ? item['container-title'][0] : undefined);
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const kind = KIND_OF_TYPE[String(item.type)] ?? 'other';
  const title = apiText(Array.isArray(item.title) ? item.title[0] : undefined);
  return {
    ...optional('title', title),
    ...optional('date', fullDate(item.issued?.['date-parts']?.[0])),
    ...(isArxivDoi(doi) ? {} : { doi }),
    ...(authors.length > 0 ? { authors } : {}),
    ...optional('venue', publishedVenue(container, kind, year)),
  };
}

// A date-parts triple [year, month, day] as an ISO day; a year or month alone is not a day.
function fullDate(parts: unknown): PaperDate | undefined {
  if (!Array.isArray(parts) || parts.length < 3 || !parts.every((part) => Number.isInteger(part))) return undefined;
  const [year, month, day] = parts as number[];
  const value = isoDate(year, month, day);
  return PaperDateSchema.safeParse({ precision: 'day', value }).success ? { precision: 'day', value } : undefined;
}

/** The work of a `GET /works/<doi>` answer, or an error naming what came instead. */
export function crossrefMessage(json: unknown): unknown {
  const answer = json as { status?: unknown; message?: unknown } | null;
  if (!answer || answer.status !== 'ok' || !answer.message)
    throw new ApiFormatError(
      'Crossref',
      `expected { status: "ok", message: … }, found status ${JSON.stringify(answer?.status)}`,
    );
  return answer.message;
}

/**
 * From a `GET /works?query.bibliographic=<title>` answer, the one published work whose title is the
 * entry's title once case, accents and punctuation are set aside; none when none or several match.
 */
export function crossrefWorkByTitle(json: unknown, title: string): unknown {
  const items = (crossrefMessage(json) as { items?: unknown[] }).items ?? [];
  const wanted = normalizeTitle(title);
  const matches = items.filter((item) => {
    const work = item as Record<string, any>;
    const titles: unknown[] = Array.isArray(work.title) ? work.title : [];
    return (
      work.type !== 'posted-content' &&
      titles.some((candidate) => typeof candidate === 'string' && normalizeTitle(candidate) === wanted)
    );
  });
  return matches.length === 1 ? matches[0] : undefined;
}
