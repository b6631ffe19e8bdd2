import { authorName } from '../authors.ts';
import type { Author, Entry } from '../schema.ts';
import { paperIsoDate } from '../dates.ts';
import type { CiteContext, SurveyInfo } from './cite-context.ts';
import { arxivUrl, doiUrl, paperUrl } from './urls.ts';

/** A schema.org node as JSON-LD. */
export type JsonLdNode = { '@type': string } & Record<string, unknown>;

/** A JSON-LD document: several nodes in one graph, linked by `@id`. */
export interface JsonLdGraph {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}

/** One step of a page's breadcrumb trail: its name and absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** The survey as a schema.org `WebSite`, the node paper pages are part of. */
export function surveyToJsonLd(survey: SurveyInfo): JsonLdNode {
  return {
    '@type': 'WebSite',
    '@id': survey.siteUrl,
    name: survey.title,
    url: survey.siteUrl,
    license: survey.license.url,
    ...(survey.editors.length
      ? {
          editor: survey.editors.map((editor) => ({
            '@type': editor.team ? 'Organization' : 'Person',
            name: editor.name,
          })),
        }
      : {}),
  };
}

/** An author as a schema.org `Person` or `Organization`, by name (given and family parts would cost a paper page with 30 authors 250 bytes gzip). */
function authorToJsonLd(author: Author): JsonLdNode {
  return 'literal' in author
    ? { '@type': 'Organization', name: author.literal }
    : { '@type': 'Person', name: authorName(author) };
}

/**
 * The paper as a schema.org `ScholarlyArticle`: its own URL (DOI, else arXiv) as `url` and `@id`,
 * `sameAs` every URL that names it, its arXiv id and DOI as `identifier`s, authors, date and journal.
 * Nothing of the survey: the paper is not part of it.
 */
export function entryToArticleJsonLd(entry: Entry, pageUrl: string): JsonLdNode {
  const url = paperUrl(entry);
  const sameAs = [entry.doi ? doiUrl(entry.doi) : undefined, entry.arxiv ? arxivUrl(entry.arxiv) : undefined].filter(
    (link): link is string => Boolean(link),
  );
  const identifier = [
    ...(entry.arxiv
      ? [{ '@type': 'PropertyValue', propertyID: 'arXiv', value: entry.arxiv, url: arxivUrl(entry.arxiv) }]
      : []),
    ...(entry.doi ? [{ '@type': 'PropertyValue', propertyID: 'DOI', value: entry.doi, url: doiUrl(entry.doi) }] : []),
  ];
  const published = paperIsoDate(entry.date);
  return {
    '@type': 'ScholarlyArticle',
    '@id': url ?? `${pageUrl}#paper`,
    name: entry.title,
    headline: entry.title,
    abstract: entry.abstract,
    ...(url ? { url } : {}),
    ...(sameAs.length ? { sameAs } : {}),
    ...(identifier.length ? { identifier } : {}),
    ...(entry.authors?.length ? { author: entry.authors.map(authorToJsonLd) } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(entry.venue?.kind === 'journal' ? { isPartOf: { '@type': 'Periodical', name: entry.venue.name } } : {}),
  };
}

/** A schema.org `BreadcrumbList` of the given trail, first step first. */
export function breadcrumbsToJsonLd(crumbs: readonly Crumb[], id: string): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': id,
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON-LD for a paper's page, as one graph: the `WebPage` (the survey's entry), which `isPartOf` the
 * survey's `WebSite`, is `about` the paper and has a `breadcrumb`; the paper as a `ScholarlyArticle`
 * (see {@link entryToArticleJsonLd}); the site; and the `BreadcrumbList` of the trail to the page.
 */
export function entryToJsonLd(entry: Entry, ctx: CiteContext, crumbs: readonly Crumb[] = []): JsonLdGraph {
  const article = entryToArticleJsonLd(entry, ctx.url);
  const trail = breadcrumbsToJsonLd([...crumbs, { name: entry.title, url: ctx.url }], `${ctx.url}#breadcrumb`);
  const page: JsonLdNode = {
    '@type': 'WebPage',
    '@id': ctx.url,
    url: ctx.url,
    name: entry.title,
    datePublished: entry.added,
    isPartOf: { '@id': ctx.survey.siteUrl },
    about: { '@id': article['@id'] },
    mainEntity: { '@id': article['@id'] },
    breadcrumb: { '@id': trail['@id'] },
  };
  return { '@context': 'https://schema.org', '@graph': [page, article, surveyToJsonLd(ctx.survey), trail] };
}

/** The downloads a survey dataset offers: `papers.json` and `papers.bib`, by absolute URL. */
export interface SurveyDownloads {
  json: string;
  bib: string;
  schema?: string;
}

/**
 * JSON-LD for the overview: the survey's `WebSite` and a `Dataset` of its papers, distributed as
 * `papers.json` (with its JSON Schema) and `papers.bib`, under the survey's license.
 */
export function surveyDatasetToJsonLd(survey: SurveyInfo, downloads: SurveyDownloads, paperCount: number): JsonLdGraph {
  const dataset: JsonLdNode = {
    '@type': 'Dataset',
    '@id': `${survey.siteUrl}#papers`,
    name: `${survey.title}: papers`,
    description: `Every paper of ${survey.title} (${paperCount} papers): titles, abstracts, authors, identifiers, venues, themes and links, as JSON and as BibTeX.`,
    url: survey.siteUrl,
    license: survey.license.url,
    isAccessibleForFree: true,
    ...(survey.editors.length
      ? {
          creator: survey.editors.map((editor) => ({
            '@type': editor.team ? 'Organization' : 'Person',
            name: editor.name,
          })),
        }
      : {}),
    ...(survey.released ? { datePublished: survey.released } : {}),
    isPartOf: { '@id': survey.siteUrl },
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: downloads.json,
        ...(downloads.schema ? { schemaVersion: downloads.schema } : {}),
      },
      { '@type': 'DataDownload', encodingFormat: 'application/x-bibtex', contentUrl: downloads.bib },
    ],
  };
  return { '@context': 'https://schema.org', '@graph': [surveyToJsonLd(survey), dataset] };
}

/**
 * JSON-LD serialised for a `<script type="application/ld+json">` element: `<` is written as `\u003c`,
 * so no title or abstract can close the script early.
 */
export function jsonLdToScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
