import type { Author, Entry, Venue } from '../schema.ts';
import { citationKey } from './citation-key.ts';
import { citationYear, pad2, paperDateParts } from '../dates.ts';
import type { CiteContext } from './cite-context.ts';
import { paperUrl } from './urls.ts';

// Citation.js's RIS writer hard-wraps values every 70 characters, mid-word, and drops name particles;
// RIS is a plain tagged-line format, so this small writer does it instead.

/** One RIS line's tag and value; values with no content are left out. */
type RisField = [tag: string, value: string | undefined];

/**
 * The RIS type of a paper, chosen from the types Zotero's RIS translator imports: `JOUR` (a journal
 * article) for journals and for preprints, which it has no type for (`UNPB` it reads as an article
 * without a journal); `CONF` (a conference paper) for conferences and workshops; `CHAP` for a book.
 */
function risType(venue: Venue | undefined): string {
  if (venue?.kind === 'conference' || venue?.kind === 'workshop') return 'CONF';
  if (venue?.kind === 'book') return 'CHAP';
  return 'JOUR';
}

/**
 * The paper as an RIS record for reference managers: type (see {@link risType}), key, one `AU` per
 * author ("Family, Given"), title, venue (`T2`; "arXiv" for a preprint there), year and date, abstract,
 * `DO`, the arXiv id (`DB` arXiv, `AN` arXiv:<id>) and the paper's own URL (`UR`: DOI, else arXiv).
 *
 * @example
 * entryToRis(entry, ctx) // 'TY  - JOUR\r\nID  - yang2022gatortron\r\nAU  - Yang, Xi\r\n…\r\nER  - \r\n'
 */
export function entryToRis(entry: Entry, ctx: CiteContext): string {
  const year = citationYear(entry);
  const { year: dateYear, month, day } = paperDateParts(entry.date);
  const fields: RisField[] = [
    ['TY', risType(entry.venue)],
    ['ID', ctx.key ?? citationKey(entry)],
    ...(entry.authors ?? []).map((author): RisField => ['AU', risName(author)]),
    ['TI', entry.title],
    [
      'T2',
      entry.venue && entry.venue.kind !== 'preprint' ? entry.venue.name : entry.arxiv ? 'arXiv' : entry.venue?.name,
    ],
    ['PY', year === undefined ? undefined : String(year)],
    ['DA', dateYear === undefined ? undefined : `${dateYear}/${pad2(month)}/${pad2(day)}/`],
    ['AB', entry.abstract],
    ['DO', entry.doi],
    ['DB', entry.arxiv ? 'arXiv' : undefined],
    ['AN', entry.arxiv ? `arXiv:${entry.arxiv}` : undefined],
    ['UR', paperUrl(entry)],
  ];
  const lines = fields
    .filter((field): field is [string, string] => Boolean(field[1]?.trim()))
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  // The RIS specification ends lines with CR LF and closes a record with an empty ER tag.
  return [...lines, 'ER  - '].join('\r\n') + '\r\n';
}

/** An author as RIS wants it: "Family, Given" for a person, an organisation's name whole. */
function risName(author: Author): string {
  if ('literal' in author) return author.literal;
  return author.given ? `${author.family}, ${author.given}` : author.family;
}

/** RIS values are one line each. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
