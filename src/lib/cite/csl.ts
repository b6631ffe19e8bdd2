import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Author, Entry, Venue } from '../schema.ts';
import { plainApa } from './apa-plain.ts';
import { citationKey } from './citation-key.ts';
import { citationYear, paperDateParts } from '../dates.ts';
import type { CiteContext } from './cite-context.ts';
import { paperUrl } from './urls.ts';

/** A CSL-JSON name: a person's family and given names, or an organisation whole as `literal`. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A paper as a CSL-JSON item, the input of citation styles and the content of `cite.json`. */
export interface CslItem {
  id: string;
  type: 'article' | 'article-journal' | 'paper-conference' | 'chapter';
  title: string;
  abstract: string;
  URL?: string;
  DOI?: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  number?: string;
  publisher?: string;
}

/** The CSL type of a paper: CSL's `article` is a preprint (Zotero imports it as one). */
function cslType(venue: Venue | undefined): CslItem['type'] {
  if (venue?.kind === 'journal') return 'article-journal';
  if (venue?.kind === 'conference' || venue?.kind === 'workshop') return 'paper-conference';
  if (venue?.kind === 'book') return 'chapter';
  return 'article';
}

/** An author as a CSL-JSON name, straight from the entry's structured names. */
export function authorToCsl(author: Author): CslName {
  if ('literal' in author) return { literal: author.literal };
  return author.given ? { family: author.family, given: author.given } : { family: author.family };
}

/**
 * The paper as CSL-JSON: a preprint (`article`; number `arXiv:<id>`, publisher arXiv), a journal
 * article, a conference paper or a book chapter, from the venue's kind; authors, date (full when the
 * listing gave a year, else the year its arXiv id encodes), DOI and the paper's own URL.
 */
export function entryToCsl(entry: Entry, ctx: Pick<CiteContext, 'key'>): CslItem {
  const year = citationYear(entry);
  const { year: dateYear, month, day } = paperDateParts(entry.date);
  const type = cslType(entry.venue);
  const preprint = type === 'article';
  const url = paperUrl(entry);
  return {
    id: ctx.key ?? citationKey(entry),
    type,
    title: entry.title,
    abstract: entry.abstract,
    ...(entry.authors?.length ? { author: entry.authors.map(authorToCsl) } : {}),
    ...(year === undefined ? {} : { issued: { 'date-parts': [dateYear === year ? [year, month, day] : [year]] } }),
    ...(entry.venue && entry.venue.kind !== 'preprint' ? { 'container-title': entry.venue.name } : {}),
    ...(preprint && entry.arxiv ? { number: `arXiv:${entry.arxiv}`, publisher: 'arXiv' } : {}),
    ...(preprint && !entry.arxiv && entry.venue ? { publisher: entry.venue.name } : {}),
    ...(entry.doi ? { DOI: entry.doi } : {}),
    ...(url ? { URL: url } : {}),
  };
}

/**
 * The paper in APA style (7th edition, as Citation.js's CSL processor writes it) as plain text. The
 * commonest entries take {@link plainApa}, which writes the same text without the processor.
 *
 * @example
 * entryToApa(gatortron, ctx) // 'Yang, X., Chen, A., … (2022). GatorTron: A large clinical language model… npj Digital Medicine. https://doi.org/…'
 */
export function entryToApa(entry: Entry, ctx: CiteContext): string {
  return plainApa(entry, ctx) ?? processorApa(entry, ctx);
}

/** The APA reference through Citation.js's CSL processor: right for every entry, but milliseconds each. */
export function processorApa(entry: Entry, ctx: Pick<CiteContext, 'key'>): string {
  // APA never prints the abstract, yet the processor works through it: leaving it out saves ~40%.
  const { abstract: _abstract, ...item } = entryToCsl(entry, ctx);
  return core.plugins.output.format('bibliography', [item], { template: 'apa', format: 'text', lang: 'en-US' }).trim();
}
