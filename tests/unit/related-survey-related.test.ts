import { describe, expect, test } from 'vitest';
import { buildRelatedData } from '../../src/lib/related/survey-related.ts';
import type { Entry } from '../../src/lib/schema.ts';

// Three topics of two papers each; "gait-b" is withdrawn (and newest, so it would move the rising window if counted).
// Papers after 2023 say "radiomics" in their title, so that one term rises.
const TOPICS = {
  gait: 'Parkinsonian gait sequences, pathology severity and motion generation for gait analysis.',
  spanish: 'Spanish clinical entity linking of concept mentions to SNOMED terminologies.',
  mri: 'Brain MRI tumour segmentation and anomaly localization in brain scans.',
};
const paper = (id: string, value: string, extra: Partial<Entry> = {}) => ({
  id,
  data: {
    title: `${id} ${value > '2023' ? 'radiomics' : 'histology'} study`,
    abstract: TOPICS[id.split('-')[0] as keyof typeof TOPICS],
    date: { precision: 'day', value },
    theme: 'imaging',
    status: 'published',
    ...extra,
  } as Entry,
});
const papers = [
  paper('gait-a', '2020-01-01'),
  paper('gait-b', '2025-06-01', { status: 'withdrawn', withdrawnReason: 'duplicate' }),
  paper('spanish-a', '2024-03-01', { related: { pin: ['mri-b'], exclude: ['spanish-b'] } }),
  paper('spanish-b', '2024-04-01'),
  paper('mri-a', '2021-01-01', { related: { pin: ['nowhere'], exclude: [] } }),
  paper('mri-b', '2025-01-01'),
];
const data = buildRelatedData(papers, { links: 3 });
const targets = (slug: string) => data.links.get(slug)!.map((link) => link.slug);

describe('buildRelatedData', () => {
  test('never links to a withdrawn paper, yet gives the withdrawn paper its own links', () => {
    expect(
      [...data.links.entries()]
        .filter(([, links]) => links.some((link) => link.slug === 'gait-b'))
        .map(([slug]) => slug),
    ).toEqual([]);
    expect(targets('gait-b')[0]).toBe('gait-a');
  });

  test("keeps the curator's pins and excludes alongside the withdrawn exclusion", () => {
    expect(targets('spanish-a')[0]).toBe('mri-b');
    expect(targets('spanish-a')).not.toContain('spanish-b');
    expect(targets('spanish-b')[0]).toBe('spanish-a');
  });

  test('reports a pin that names no paper', () => {
    expect(data.problems).toEqual([{ slug: 'mri-a', field: 'related.pin', target: 'nowhere', reason: 'unknown slug' }]);
  });

  test('measures rising terms over the two years up to the newest published paper, not the clock', () => {
    expect(data.rising).toMatchObject({
      years: 2,
      since: '2023-01-01',
      until: '2025-01-01',
      recentPapers: 3,
      earlierPapers: 2,
    });
    expect(data.rising!.terms[0]).toMatchObject({ term: 'radiomics', recentShare: 1, earlierShare: 0 });
  });

  test('gives characteristic terms per primary theme from published papers only', () => {
    expect([...data.themeTerms.keys()]).toEqual(['imaging']);
  });
});
