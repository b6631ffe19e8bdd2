import { describe, expect, test } from 'vitest';
import { surveyCitationMeta } from '../../src/lib/cite/citation-meta.ts';
import { entryToJsonLd, jsonLdToScript } from '../../src/lib/cite/json-ld.ts';
import { entryUrl } from '../../src/lib/cite/urls.ts';
import { makeEntry, survey } from '../helpers/cite-seed.ts';

const url = entryUrl(survey.siteUrl, 'gatortron');

describe('entryToJsonLd', () => {
  test('is a WebPage about a ScholarlyArticle, both part of the survey, that survives JSON', () => {
    const entry = makeEntry({ title: 'Error Detection & Correction </script>', authors: ['Xi Yang'], arxiv: '2203.03540' });
    const data = JSON.parse(jsonLdToScript(entryToJsonLd(entry, { survey, url })));
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebPage', '@id': url, url, name: entry.title, datePublished: '2025-11-25' });
    expect(data.isPartOf).toMatchObject({ '@type': 'WebSite', '@id': survey.siteUrl, name: survey.title, license: survey.license.url });
    expect(data.about).toEqual({
      '@type': 'ScholarlyArticle',
      name: entry.title,
      headline: entry.title,
      abstract: entry.abstract,
      url: 'https://arxiv.org/abs/2203.03540',
      datePublished: '2022-02-02',
      identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: '2203.03540', url: 'https://arxiv.org/abs/2203.03540' },
      author: [{ '@type': 'Person', name: 'Xi Yang' }],
      isPartOf: data.isPartOf,
    });
  });

  test('leaves out what is not known: date without a year, arXiv id, authors', () => {
    const about = entryToJsonLd(makeEntry({ date: { precision: 'month-day', value: '--02-02' } }), { survey, url }).about as Record<string, unknown>;
    expect(Object.keys(about).sort()).toEqual(['@type', 'abstract', 'headline', 'isPartOf', 'name', 'url']);
    expect(about.url).toBe(url);
  });
});

describe('jsonLdToScript', () => {
  test('writes < as \\u003c so the text cannot close the script element', () => {
    expect(jsonLdToScript({ name: 'a </script><b>' })).toBe('{"name":"a \\u003c/script>\\u003cb>"}');
  });
});

describe('surveyCitationMeta', () => {
  test('gives Highwire tags for the survey itself', () => {
    expect(surveyCitationMeta({ ...survey, editors: [{ name: 'Ann Bo' }, { name: 'Clinical AI Survey editors', team: true }] })).toEqual([
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
