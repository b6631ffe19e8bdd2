import type { Entry, Venue } from '../schema.ts';
import { formatBibtexRecord, type BibtexValue } from './bibtex-record.ts';
import { citationKey } from './citation-key.ts';
import { BIBTEX_MONTHS, citationYear, isoDateParts, paperDateParts } from '../dates.ts';
import type { CiteContext, SurveyEditor } from './cite-context.ts';
import { authorToBibtex, bibtexName, bibtexText, bibtexTitle } from './bibtex-text.ts';
import { paperUrl } from './urls.ts';

/** The BibTeX entry type of a paper and the field that names its venue. */
function bibtexKind(venue: Venue | undefined): { type: string; venueField?: string } {
  if (venue?.kind === 'journal') return { type: 'article', venueField: 'journal' };
  if (venue?.kind === 'conference' || venue?.kind === 'workshop')
    return { type: 'inproceedings', venueField: 'booktitle' };
  // Books, preprint servers and other venues: @misc, which no style rejects for a missing publisher or pages.
  return { type: 'misc', venueField: venue ? 'howpublished' : undefined };
}

/**
 * A BibTeX record citing the paper itself: `@article` for a journal, `@inproceedings` for a conference
 * or workshop, else `@misc`; its authors, the year (and month when the date has it), DOI, arXiv
 * `eprint` with `archivePrefix` and `primaryClass`, and the paper's own URL (DOI, else arXiv). The
 * survey's URL never appears here: it belongs to the survey-entry record. A record without authors
 * carries `key`, which styles sort and label by; earlier published keys go in BibLaTeX's `ids`.
 */
export function entryToBibtex(entry: Entry, ctx: CiteContext): string {
  const { type, venueField } = bibtexKind(entry.venue);
  const year = citationYear(entry);
  const { year: dateYear, month } = paperDateParts(entry.date);
  const fields: Record<string, BibtexValue | undefined> = {
    author: entry.authors?.length ? entry.authors.map(authorToBibtex).join(' and ') : undefined,
    title: bibtexTitle(entry.title),
    ...(venueField && entry.venue ? { [venueField]: bibtexText(entry.venue.name) } : {}),
    year: year === undefined ? undefined : String(year),
    month: dateYear === undefined || dateYear !== year ? undefined : { macro: BIBTEX_MONTHS[month - 1] },
    // DOIs and URLs are verbatim fields in BibLaTeX and go through \url in natbib styles: written as they are.
    doi: entry.doi,
    eprint: entry.arxiv,
    archivePrefix: entry.arxiv ? 'arXiv' : undefined,
    primaryClass: entry.arxiv ? entry.arxivCategory : undefined,
    url: paperUrl(entry),
    key: entry.authors?.length ? undefined : citationKey({ ...entry, authors: undefined }).replace(/\d+$/, ''),
    ids: ctx.aliases?.length ? ctx.aliases.join(',') : undefined,
  };
  return formatBibtexRecord(type, ctx.key ?? citationKey(entry), fields);
}

/** The citation key of a survey entry (as opposed to its paper): `survey-<slug>`, unique because slugs are. */
export function surveyEntryKey(entry: Pick<Entry, 'slug'>): string {
  return `survey-${entry.slug}`;
}

/**
 * A BibTeX record citing this survey's entry on a paper: `@misc` by the survey's editors, with the
 * paper's title, the survey named in `howpublished`, the entry's stable URL, and the day the entry was
 * added as `year`, `month` and `urldate`. The one record that carries the survey's URL.
 */
export function surveyEntryToBibtex(entry: Entry, ctx: CiteContext): string {
  const added = isoDateParts(entry.added);
  return formatBibtexRecord('misc', ctx.key ?? surveyEntryKey(entry), {
    author: editorsToBibtex(ctx.survey.editors),
    title: bibtexTitle(entry.title),
    howpublished: `Entry in ${bibtexText(ctx.survey.title)}`,
    note: `Survey entry on the paper, added ${entry.added}`,
    year: String(added.year),
    month: { macro: BIBTEX_MONTHS[added.month - 1] },
    url: ctx.url,
    urldate: entry.added,
  });
}

/** The survey's editors as a BibTeX name list; undefined when there are none. */
function editorsToBibtex(editors: readonly SurveyEditor[]): string | undefined {
  return editors.length ? editors.map((editor) => bibtexName(editor.name, editor)).join(' and ') : undefined;
}
