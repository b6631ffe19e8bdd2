import { authorName } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { formatBibtexRecord } from './bibtex-record.ts';
import { citationKey } from './citation-key.ts';
import { BIBTEX_MONTHS, isoDateParts, paperDateParts } from './paper-date.ts';
import type { CiteContext, SurveyEditor } from './survey-info.ts';
import { bibtexName, bibtexText, bibtexTitle } from './tex.ts';
import { arxivUrl } from './urls.ts';

/**
 * A BibTeX record citing the paper: `@article` with `journal` when its venue is known, else `@misc`.
 * Year and month only when the date has a year, authors only when a curator added them, `eprint` and
 * the arXiv URL when the arXiv id is known (else the survey entry's URL). Nothing is invented.
 */
export function entryToBibtex(entry: Entry, ctx: CiteContext): string {
  const { year, month } = paperDateParts(entry.date);
  return formatBibtexRecord(entry.venue ? 'article' : 'misc', ctx.key ?? citationKey(entry), {
    author: entry.authors?.length ? entry.authors.map((author) => bibtexName(authorName(author))).join(' and ') : undefined,
    title: bibtexTitle(entry.title),
    journal: entry.venue ? bibtexText(entry.venue.name) : undefined,
    year: year === undefined ? undefined : String(year),
    month: year === undefined ? undefined : { macro: BIBTEX_MONTHS[month - 1] },
    eprint: entry.arxiv,
    archivePrefix: entry.arxiv ? 'arXiv' : undefined,
    url: entry.arxiv ? arxivUrl(entry.arxiv) : ctx.url,
  });
}

/** The citation key of a survey entry (as opposed to its paper): `survey-<slug>`, unique because slugs are. */
export function surveyEntryKey(entry: Pick<Entry, 'slug'>): string {
  return `survey-${entry.slug}`;
}

/**
 * A BibTeX record citing this survey's entry on a paper: `@misc` by the survey's editors, with the
 * paper's title, the survey named in `howpublished`, the entry's stable URL, and the day the entry was
 * added as `year`, `month` and `urldate`.
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
