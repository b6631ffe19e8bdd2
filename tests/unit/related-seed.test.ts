import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { isEverydayWord } from '../../src/lib/related/everyday-words.ts';
import { computeRelated } from '../../src/lib/related/index.ts';
import { uniqueSlug } from '../../src/lib/slug.ts';

// The 64 papers of the seed digest, slugged as the importer slugs them.
const taken = new Set<string>();
const papers = parseDigest(
  readFileSync('content/digests/clinical-ai.txt', 'utf8'),
  'content/digests/clinical-ai.txt',
).papers.map(({ title, abstract }) => {
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

  const linkBetween = (from: string, to: string) =>
    related.get(slugOf(from))!.find((link) => link.slug === slugOf(to))!;

  test('says why in phrases and names the papers share', () => {
    expect(linkBetween('ClinLinker', 'Biomedical and Clinical Language Models for Spanish').sharedTerms).toEqual([
      'Spanish',
      'named entity recognition',
    ]);
    expect(linkBetween('NOVA', 'Rethinking Brain Tumor').sharedTerms[0]).toBe('MRI');
    expect(linkBetween('GatorTron', 'DR.BENCH').sharedTerms).toEqual([
      'electronic health records',
      'artificial intelligence',
      'natural language processing',
    ]);
    expect(linkBetween('MedImageInsight', 'MedShift').sharedTerms).toEqual(['X-Ray', 'medical imaging']);
  });

  test('never gives a filler word as a reason: no adverb, no everyday English word alone, none of the words readers flagged', () => {
    const reasons = [...related.values()].flat().flatMap((link) => link.sharedTerms);
    const flagged = ['importantly', 'perspective', 'concentrate', 'paired', 'impact', 'cost', 'tackle', 'restrict'];
    expect(
      reasons.filter((term) => flagged.includes(term.toLowerCase()) || (/ /.test(term) === false && /ly$/.test(term))),
    ).toEqual([]);
    // A reason of one lowercase word is a domain word ("segmentation"), never everyday English.
    expect(
      reasons.filter((term) => !term.includes(' ') && term === term.toLowerCase() && isEverydayWord(term)),
    ).toEqual([]);
  });

  test('most reasons are phrases of two or more words or names; single domain words fill the rest', () => {
    const reasons = [...related.values()].flat().flatMap((link) => link.sharedTerms);
    const phrasesOrNames = reasons.filter((term) => term.includes(' ') || term !== term.toLowerCase());
    expect(phrasesOrNames.length / reasons.length).toBeGreaterThan(0.6);
  });

  test('never explains a link by the words every paper of the survey uses', () => {
    const shared = new Set(
      [...related.values()].flat().flatMap((link) => link.sharedTerms.map((term) => term.toLowerCase())),
    );
    expect(
      ['clinical', 'clinic', 'model', 'models', 'domain', 'domains', 'language', 'medical'].filter((term) =>
        shared.has(term),
      ),
    ).toEqual([]);
  });
});
