import { authorName } from '../authors.ts';
import core from '@citation-js/core';
import { parse as parseName } from '@citation-js/name';
import '@citation-js/plugin-csl';
import type { Entry } from '../schema.ts';
import { plainApa } from './apa-plain.ts';
import { citationKey } from './citation-key.ts';
import { isoDateParts, paperDateParts } from './paper-date.ts';
import type { CiteContext } from './survey-info.ts';
import { arxivUrl } from './urls.ts';

/** A paper as a CSL-JSON item, the input of citation styles. */
export interface CslItem {
  id: string;
  type: 'article' | 'article-journal';
  title: string;
  abstract: string;
  URL: string;
  author?: object[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
  number?: string;
  publisher?: string;
}

/**
 * The paper as CSL-JSON: an arXiv preprint (`article`, number `arXiv:<id>`, publisher arXiv) or a
 * journal article when the venue is known. Without an arXiv id the URL is the survey entry's, and the
 * day it was added stands as the access date.
 */
export function entryToCsl(entry: Entry, ctx: CiteContext): CslItem {
  const { year, month, day } = paperDateParts(entry.date);
  const preprint = Boolean(entry.arxiv) && !entry.venue;
  const added = isoDateParts(entry.added);
  return {
    id: ctx.key ?? citationKey(entry),
    type: entry.venue ? 'article-journal' : 'article',
    title: entry.title,
    abstract: entry.abstract,
    URL: entry.arxiv ? arxivUrl(entry.arxiv) : ctx.url,
    ...(entry.authors?.length ? { author: entry.authors.map((author) => parseName(authorName(author))) } : {}),
    ...(year === undefined ? {} : { issued: { 'date-parts': [[year, month, day]] } }),
    ...(entry.arxiv ? {} : { accessed: { 'date-parts': [[added.year, added.month, added.day]] } }),
    ...(entry.venue ? { 'container-title': entry.venue.name } : {}),
    ...(preprint ? { number: `arXiv:${entry.arxiv}`, publisher: 'arXiv' } : {}),
  };
}

/**
 * The paper in APA style (7th edition, as Citation.js's CSL processor writes it) as plain text. The
 * commonest entries take {@link plainApa}, which writes the same text without the processor.
 *
 * @example
 * entryToApa(gatortron, ctx) // 'GatorTron: A large clinical language model… (2022). arXiv. https://arxiv.org/abs/…'
 */
export function entryToApa(entry: Entry, ctx: CiteContext): string {
  return plainApa(entry, ctx) ?? processorApa(entry, ctx);
}

/** The APA reference through Citation.js's CSL processor: right for every entry, but milliseconds each. */
export function processorApa(entry: Entry, ctx: CiteContext): string {
  // APA never prints the abstract, yet the processor works through it: leaving it out saves ~40%.
  const { abstract: _abstract, ...item } = entryToCsl(entry, ctx);
  return core.plugins.output.format('bibliography', [item], { template: 'apa', format: 'text', lang: 'en-US' }).trim();
}
