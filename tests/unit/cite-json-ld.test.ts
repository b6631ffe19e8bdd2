import { describe, expect, test } from 'vitest';
import { surveyCitationMeta } from '../../src/lib/cite/citation-meta.ts';
import { entryToJsonLd, jsonLdToScript, surveyDatasetToJsonLd } from '../../src/lib/cite/json-ld.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import { gatortronEntry, makeEntry, preprintEntry, survey } from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');

const crumbs = [
  { name: 'Overview', url: survey.siteUrl },
  { name: 'Clinical NLP', url: `${survey.siteUrl}themes/clinical-nlp/` },
];
const node = (graph: { '@graph': Record<string, unknown>[] }, type: string) =>
  graph['@graph'].find((candidate) => candidate['@type'] === type)!;

describe('entryToJsonLd', () => {
  test('is one graph: the page, part of the survey and about the paper; the paper with its own URL, authors and identifiers; the site; the breadcrumbs', () => {
    const entry = gatortronEntry({
      title: 'Error Detection & Correction </script>',
      authors: [{ family: 'Yang', given: 'Xi' }, { literal: 'The MIMIC Consortium' }],
    });
    const data = JSON.parse(jsonLdToScript(entryToJsonLd(entry, { survey, url }, crumbs)));
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@graph'].map((candidate: { '@type': string }) => candidate['@type'])).toEqual([
      'WebPage',
      'ScholarlyArticle',
      'WebSite',
      'BreadcrumbList',
    ]);
    const doi = 'https://doi.org/10.1038/s41746-022-00742-2';
    expect(node(data, 'WebPage')).toEqual({
      '@type': 'WebPage',
      '@id': url,
      url,
      name: entry.title,
      datePublished: '2025-11-25',
      isPartOf: { '@id': survey.siteUrl },
      about: { '@id': doi },
      mainEntity: { '@id': doi },
      breadcrumb: { '@id': `${url}#breadcrumb` },
    });
    expect(node(data, 'ScholarlyArticle')).toEqual({
      '@type': 'ScholarlyArticle',
      '@id': doi,
      name: entry.title,
      headline: entry.title,
      abstract: entry.abstract,
      url: doi,
      sameAs: [doi, 'https://arxiv.org/abs/2203.03540'],
      identifier: [
        { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2203.03540', url: 'https://arxiv.org/abs/2203.03540' },
        { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.1038/s41746-022-00742-2', url: doi },
      ],
      author: [
        { '@type': 'Person', name: 'Xi Yang' },
        { '@type': 'Organization', name: 'The MIMIC Consortium' },
      ],
      datePublished: '2022-02-02',
      isPartOf: { '@type': 'Periodical', name: 'npj Digital Medicine' },
    });
    expect(node(data, 'WebSite')).toMatchObject({
      '@id': survey.siteUrl,
      name: survey.title,
      license: survey.license.url,
    });
    expect(node(data, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Overview', item: survey.siteUrl },
      { '@type': 'ListItem', position: 2, name: 'Clinical NLP', item: `${survey.siteUrl}themes/clinical-nlp/` },
      { '@type': 'ListItem', position: 3, name: entry.title, item: url },
    ]);
  });

  test('never names the survey page as the paper, and leaves out what is not known', () => {
    const article = node(
      entryToJsonLd(makeEntry({ date: { precision: 'month-day', value: '--02-02' } }), { survey, url }),
      'ScholarlyArticle',
    );
    expect(Object.keys(article).sort()).toEqual(['@id', '@type', 'abstract', 'headline', 'name']);
    expect(article['@id']).toBe(`${url}#paper`);
  });

  test('gives a preprint its arXiv page as URL and no journal', () => {
    const article = node(entryToJsonLd(preprintEntry(), { survey, url }), 'ScholarlyArticle');
    expect([article.url, article.sameAs, article.isPartOf]).toEqual([
      'https://arxiv.org/abs/2109.03570',
      ['https://arxiv.org/abs/2109.03570'],
      undefined,
    ]);
  });
});

describe('surveyDatasetToJsonLd', () => {
  test('describes the papers as a Dataset with papers.json and papers.bib as downloads, under the survey license', () => {
    const downloads = {
      json: `${survey.siteUrl}papers.json`,
      bib: `${survey.siteUrl}papers.bib`,
      schema: `${survey.siteUrl}papers.schema.json`,
    };
    const dataset = node(surveyDatasetToJsonLd(survey, downloads, 64), 'Dataset');
    expect(dataset).toMatchObject({
      name: `${survey.title}: papers`,
      license: survey.license.url,
      url: survey.siteUrl,
      isPartOf: { '@id': survey.siteUrl },
    });
    expect(String(dataset.description)).toContain('64 papers');
    expect(dataset.distribution).toEqual([
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: downloads.json,
        schemaVersion: downloads.schema,
      },
      { '@type': 'DataDownload', encodingFormat: 'application/x-bibtex', contentUrl: downloads.bib },
    ]);
  });
});

describe('jsonLdToScript', () => {
  test('writes < as \\u003c so the text cannot close the script element', () => {
    expect(jsonLdToScript({ name: 'a </script><b>' })).toBe('{"name":"a \\u003c/script>\\u003cb>"}');
  });
});

describe('surveyCitationMeta', () => {
  test('gives Highwire tags for the survey itself', () => {
    expect(
      surveyCitationMeta({
        ...survey,
        editors: [{ name: 'Ann Bo' }, { name: 'Clinical AI Survey editors', team: true }],
      }),
    ).toEqual([
      { name: 'citation_title', content: 'Clinical AI: a curated survey' },
      { name: 'citation_author', content: 'Ann Bo' },
      { name: 'citation_author', content: 'Clinical AI Survey editors' },
      { name: 'citation_publication_date', content: '2025/11/25' },
      { name: 'citation_public_url', content: 'https://example.org/clinical-ai-survey/' },
      { name: 'citation_fulltext_html_url', content: 'https://example.org/clinical-ai-survey/' },
    ]);
  });

  test('leaves out the date before the survey is released', () => {
    const { released: _released, ...unreleased } = survey;
    expect(surveyCitationMeta(unreleased).map((tag) => tag.name)).not.toContain('citation_publication_date');
  });
});
