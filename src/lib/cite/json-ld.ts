import { authorName } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { paperIsoDate } from './paper-date.ts';
import type { CiteContext, SurveyInfo } from './survey-info.ts';
import { arxivUrl } from './urls.ts';

/** A schema.org node as JSON-LD. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** The survey as a schema.org `WebSite`, the node paper pages and papers are part of. */
export function surveyToJsonLd(survey: SurveyInfo): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': survey.siteUrl,
    name: survey.title,
    url: survey.siteUrl,
    license: survey.license.url,
    ...(survey.editors.length ? { editor: survey.editors.map((editor) => ({ '@type': editor.team ? 'Organization' : 'Person', name: editor.name })) } : {}),
  };
}

/**
 * JSON-LD for a paper's page: a `WebPage` (part of the survey) whose `about` is the paper as a
 * `ScholarlyArticle`: name, abstract, `datePublished` when the year is known, the arXiv id as an
 * `identifier`, authors when a curator added them, and `isPartOf` the survey.
 */
export function entryToJsonLd(entry: Entry, ctx: CiteContext): JsonLdNode & { '@context': string } {
  const survey = surveyToJsonLd(ctx.survey);
  const published = paperIsoDate(entry.date);
  const article: JsonLdNode = {
    '@type': 'ScholarlyArticle',
    name: entry.title,
    headline: entry.title,
    abstract: entry.abstract,
    url: entry.arxiv ? arxivUrl(entry.arxiv) : ctx.url,
    ...(published ? { datePublished: published } : {}),
    ...(entry.arxiv ? { identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: entry.arxiv, url: arxivUrl(entry.arxiv) } } : {}),
    ...(entry.authors?.length ? { author: entry.authors.map((author) => ({ '@type': 'Person', name: authorName(author) })) } : {}),
    ...(entry.venue ? { publisher: { '@type': 'Organization', name: entry.venue.name } } : {}),
    isPartOf: survey,
  };
  return { '@context': 'https://schema.org', '@type': 'WebPage', '@id': ctx.url, url: ctx.url, name: entry.title, datePublished: entry.added, isPartOf: survey, about: article };
}

/**
 * JSON-LD serialised for a `<script type="application/ld+json">` element: `<` is written as `\u003c`,
 * so no title or abstract can close the script early.
 */
export function jsonLdToScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
