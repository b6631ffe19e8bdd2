import { readFileSync } from 'node:fs';
import type { SurveyInfo } from '../../src/lib/cite/survey-info.ts';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { paperToEntry } from '../../src/lib/plan-import.ts';
import { EntrySchema, type Entry, type EntryInput } from '../../src/lib/schema.ts';
import { uniqueSlug } from '../../src/lib/slug.ts';

/** The survey the citation and export tests cite. */
export const survey: SurveyInfo = {
  title: 'Clinical AI: a curated survey',
  siteUrl: 'https://example.org/clinical-ai-survey/',
  editors: [{ name: 'Clinical AI Survey editors', team: true }],
  license: { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  repository: 'https://github.com/example/clinical-ai-survey',
  released: '2025-11-25',
};

const DIGEST = 'content/digests/clinical-ai.txt';

/** The 64 seed papers as validated entries, built as the importer builds them (added 2025-11-25). */
export function seedEntries(): Entry[] {
  const { papers } = parseDigest(readFileSync(new URL(`../../${DIGEST}`, import.meta.url), 'utf8'), DIGEST);
  const taken = new Set<string>();
  return papers.map((paper) => {
    const slug = uniqueSlug(paper.title, taken);
    taken.add(slug);
    return EntrySchema.parse(paperToEntry(paper, DIGEST, slug, '2025-11-25'));
  });
}

/** A small valid entry; `overrides` replace its fields. */
export function makeEntry(overrides: Partial<EntryInput> = {}): Entry {
  return EntrySchema.parse({
    slug: 'gatortron',
    title: 'GatorTron: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records',
    abstract: 'A clinical language model.',
    date: { precision: 'day', value: '2022-02-02' },
    theme: 'clinical-nlp',
    themeReason: { source: 'curator' },
    added: '2025-11-25',
    ...overrides,
  });
}
