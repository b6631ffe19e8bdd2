import { authorName } from '../authors.ts';
import { parse as parseName } from '@citation-js/name';
import type { Entry } from '../schema.ts';
import { citationKey } from './citation-key.ts';
import { paperDateParts } from './paper-date.ts';
import type { CiteContext } from './survey-info.ts';
import { arxivUrl } from './urls.ts';

// Citation.js's RIS writer hard-wraps values every 70 characters, mid-word, and drops name particles;
// RIS is a plain tagged-line format, so this small writer does it instead.

/** One RIS line's tag and value; values with no content are left out. */
type RisField = [tag: string, value: string | undefined];

/**
 * The paper as an RIS record for reference managers: `JOUR` when its venue is known, else `UNPB`.
 * Authors ("Family, Given") only when a curator added them, year and date only when the year is known.
 *
 * @example
 * entryToRis(entry, ctx) // 'TY  - UNPB\r\nTI  - GatorTron: …\r\nPY  - 2022\r\n…\r\nER  - \r\n'
 */
export function entryToRis(entry: Entry, ctx: CiteContext): string {
  const { year, month, day } = paperDateParts(entry.date);
  const fields: RisField[] = [
    ['TY', entry.venue ? 'JOUR' : 'UNPB'],
    ['ID', ctx.key ?? citationKey(entry)],
    ...(entry.authors ?? []).map((author): RisField => ['AU', risName(authorName(author))]),
    ['TI', entry.title],
    ['T2', entry.venue?.name],
    ['PY', year === undefined ? undefined : String(year)],
    ['DA', year === undefined ? undefined : `${year}/${pad(month)}/${pad(day)}/`],
    ['AB', entry.abstract],
    ['AN', entry.arxiv ? `arXiv:${entry.arxiv}` : undefined],
    ['UR', entry.arxiv ? arxivUrl(entry.arxiv) : ctx.url],
  ];
  const lines = fields.filter((field): field is [string, string] => Boolean(field[1]?.trim())).map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
  // The RIS specification ends lines with CR LF and closes a record with an empty ER tag.
  return [...lines, 'ER  - '].join('\r\n') + '\r\n';
}

/** A name as RIS wants it, "Family, Given, Suffix", with particles kept ("van Beethoven, Ludwig"). */
function risName(name: string): string {
  const parts = parseName(name);
  const family = [parts['non-dropping-particle'], parts.family].filter(Boolean).join(' ');
  if (!family) return parts.literal ?? name;
  const given = [parts.given, parts['dropping-particle']].filter(Boolean).join(' ');
  return [family, given, parts.suffix].filter(Boolean).join(', ');
}

/** RIS values are one line each. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
