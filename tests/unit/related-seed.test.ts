import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { computeRelated } from '../../src/lib/related/index.ts';
import { uniqueSlug } from '../../src/lib/slug.ts';

// The 64 papers of the seed digest, slugged as the importer slugs them.
const taken = new Set<string>();
const papers = parseDigest(readFileSync('content/digests/clinical-ai.txt', 'utf8'), 'content/digests/clinical-ai.txt').papers.map(({ title, abstract }) => {
  const slug = uniqueSlug(title, taken);
  taken.add(slug);
  return { slug, title, abstract };
});
const slugOf = (titleStart: string) => papers.find((paper) => paper.title.startsWith(titleStart))!.slug;
const related = computeRelated(papers);
const top5 = (slug: string) => related.get(slug)!.map((link) => link.slug);

describe('computeRelated on the seed digest', () => {
  test('reads all 64 papers', () => {
    expect(papers).toHaveLength(64);
  });

  test('gives every paper at least three links, never to itself', () => {
    const short = papers.filter((paper) => related.get(paper.slug)!.length < 3).map((paper) => paper.slug);
    const selfLinked = papers.filter((paper) => top5(paper.slug).includes(paper.slug)).map((paper) => paper.slug);
    expect({ short, selfLinked }).toEqual({ short: [], selfLinked: [] });
  });

  test.each([
    ['Biomedical and Clinical Language Models for Spanish', 'ClinLinker'],
    ['NOVA: A Benchmark for Anomaly Localization', 'Rethinking Brain Tumor Segmentation from the Frequency Domain'],
  ])('relates "%s…" and "%s…" both ways', (first, second) => {
    const [a, b] = [slugOf(first), slugOf(second)];
    expect(top5(a), a).toContain(b);
    expect(top5(b), b).toContain(a);
  });

  test('says why in words the papers share: "Spanish" for the Spanish pair, "brain" and "MRI" for the MRI pair', () => {
    const linkBetween = (from: string, to: string) => related.get(slugOf(from))!.find((link) => link.slug === slugOf(to))!;
    expect(linkBetween('ClinLinker', 'Biomedical and Clinical Language Models for Spanish').sharedTerms).toContain('Spanish');
    expect(linkBetween('NOVA', 'Rethinking Brain Tumor').sharedTerms).toEqual(expect.arrayContaining(['brain', 'MRI']));
  });

  test('never explains a link by the words every paper of the survey uses', () => {
    const shared = new Set([...related.values()].flat().flatMap((link) => link.sharedTerms.map((term) => term.toLowerCase())));
    expect(['clinical', 'clinic', 'model', 'models', 'domain', 'domains', 'language', 'medical'].filter((term) => shared.has(term))).toEqual([]);
  });
});
