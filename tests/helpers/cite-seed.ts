import { existsSync, readFileSync } from 'node:fs';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { SurveyInfo } from '../../src/lib/cite/cite-context.ts';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { entryFromPaper } from '../../src/lib/entry-from-paper.ts';
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
    return EntrySchema.parse(entryFromPaper(paper, slug, '2025-11-25', { digest: DIGEST, line: paper.line }));
  });
}

/** A small valid entry; `overrides` replace its fields. */
export function makeEntry(overrides: Partial<EntryInput> = {}): Entry {
  return EntrySchema.parse({
    slug: 'gatortron',
    title:
      'GatorTron: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records',
    abstract: 'A clinical language model.',
    date: { precision: 'day', value: '2022-02-02' },
    theme: 'clinical-nlp',
    themeReason: { source: 'curator' },
    added: '2025-11-25',
    ...overrides,
  });
}

/** GatorTron as a reference manager knows it: 18 authors, journal, DOI, arXiv id and category. */
export function gatortronEntry(overrides: Partial<EntryInput> = {}): Entry {
  return makeEntry({
    authors: [
      { family: 'Yang', given: 'Xi' },
      { family: 'Chen', given: 'Aokun' },
      { family: 'PourNejatian', given: 'Nima' },
      { family: 'Shin', given: 'Hoo Chang' },
      { family: 'Wu', given: 'Yonghui' },
    ],
    arxiv: '2203.03540',
    arxivCategory: 'cs.CL',
    doi: '10.1038/s41746-022-00742-2',
    venue: { name: 'npj Digital Medicine', kind: 'journal', year: 2022 },
    ...overrides,
  });
}

/** A preprint with a particle in a family name, a two-word family name and an organisation as author. */
export function preprintEntry(overrides: Partial<EntryInput> = {}): Entry {
  return makeEntry({
    slug: 'biomedical-and-clinical-language-models-for-spanish-on-the',
    title: 'Biomedical and Clinical Language Models for Spanish: On the Benefits of Domain-Specific Pretraining',
    date: { precision: 'day', value: '2021-09-16' },
    authors: [
      { family: 'Carrino', given: 'Casimiro Pio' },
      { family: 'van der Berg', given: 'Anna' },
      { family: 'Al Attrach', given: 'Rafi' },
      { literal: 'The MIMIC Consortium' },
    ],
    arxiv: '2109.03570',
    arxivCategory: 'cs.CL',
    ...overrides,
  });
}

const BIB_FILE = 'content/digests/clinical-ai.bib';
const normTitle = (title: string) =>
  title
    .replace(/[{}]/g, '')
    .replace(/--/g, '–')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The 64 seed papers with what the curators' reference export (`clinical-ai.bib`) says of them: authors,
 * arXiv id and category, DOI and venue. What the `refs` merge will give the real entries, for tests of
 * citations as readers will meet them. Venues: `journal` → journal, `booktitle` → conference or workshop.
 */
export function referenceEntries(): Entry[] {
  const text = readFileSync(
    new URL(
      `../../${existsSync(new URL(`../../${BIB_FILE}`, import.meta.url)) ? BIB_FILE : 'tests/fixtures/cite/clinical-ai.bib'}`,
      import.meta.url,
    ),
    'utf8',
  );
  const titles = new Map(
    parseBibtex(text, { raw: true }).entries.map((record) => [record.key, String(record.fields.title)]),
  );
  const records = new Map(
    parseBibtex(text, { english: false }).entries.map((record) => [normTitle(titles.get(record.key) ?? ''), record]),
  );
  return seedEntries().map((entry) => {
    const record = records.get(normTitle(entry.title));
    if (!record) throw new Error(`referenceEntries: no record in ${BIB_FILE} for "${entry.title}"`);
    const fields = record.fields as Record<string, unknown>;
    const names = fields.author as { lastName?: string; firstName?: string; name?: string }[];
    const venueName = String(fields.journal ?? fields.booktitle ?? '');
    return EntrySchema.parse({
      ...entry,
      authors: names.map((name) =>
        name.lastName
          ? { family: name.lastName, ...(name.firstName ? { given: name.firstName } : {}) }
          : { literal: name.name },
      ),
      arxiv: String(fields.eprint),
      ...(fields.primaryclass ? { arxivCategory: String(fields.primaryclass) } : {}),
      ...(fields.doi ? { doi: String(fields.doi) } : {}),
      ...(venueName
        ? {
            venue: {
              name: venueName,
              kind: fields.journal ? 'journal' : /workshop/i.test(venueName) ? 'workshop' : 'conference',
            },
          }
        : {}),
    });
  });
}

/**
 * Gives the entries of a project copy at `root` what the reference export says of them (see
 * {@link referenceEntries}), and every third one a code link, as the `refs` merge and enrich will:
 * for build tests of citations as readers will meet them. Returns the entries as written.
 */
export async function writeReferenceEntries(root: string): Promise<Entry[]> {
  const { readEntries } = await import('../../src/lib/content-tree/files.ts');
  const { entryToMdx } = await import('../../src/lib/entry-file.ts');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const bySlug = new Map(referenceEntries().map((entry) => [entry.slug, entry]));
  const written: Entry[] = [];
  for (const [index, file] of (await readEntries(join(root, 'content'))).entries()) {
    const merged = bySlug.get(String(file.data.slug));
    if (!merged) continue;
    const { authors, arxiv, arxivCategory, doi, venue } = merged;
    // The entries' own links (typed from their abstracts) stay; every third one also gets a code link.
    const own = Array.isArray(file.data.links) ? (file.data.links as unknown[]) : [];
    const links =
      index % 3 === 0
        ? [...own, { kind: 'code', url: `https://github.com/example/${merged.slug}` }]
        : own.length > 0
          ? own
          : undefined;
    const data = Object.fromEntries(
      Object.entries({ ...file.data, authors, arxiv, arxivCategory, doi, venue, links }).filter(
        ([, value]) => value !== undefined,
      ),
    );
    const path = join(root, 'content', file.file.replace(/^.*?content\//, ''));
    writeFileSync(path, entryToMdx(data, file.body));
    written.push(EntrySchema.parse(data));
  }
  return written;
}
