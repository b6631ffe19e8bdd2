import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ENTRY_GLOB } from '../../../src/lib/content-tree/layout.ts';

/** The fields of an entry that decide where it is listed, read straight from its file. */
export interface EntryFacts {
  slug: string;
  file: string;
  title: string;
  theme: string;
  secondaryThemes: string[];
  withdrawn: boolean;
  date: { precision: string; value: string };
  arxiv?: string;
  /** The day the entry joined the survey (YYYY-MM-DD). */
  added: string;
}

/**
 * Reads every entry's frontmatter with the YAML library directly, not through the site's loader, so
 * the build tests compare the pages with the files rather than with the code under test.
 */
export async function readEntryFacts(root: string): Promise<EntryFacts[]> {
  const facts: EntryFacts[] = [];
  // The layout (where entries are) is shared; how they are read is not.
  for await (const path of glob(ENTRY_GLOB, { cwd: join(root, 'content') })) {
    const file = `content/${path}`;
    const text = readFileSync(join(root, file), 'utf8');
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
    const data = parse(frontmatter) as Record<string, unknown>;
    facts.push({
      slug: String(data.slug),
      file,
      title: String(data.title),
      theme: String(data.theme),
      secondaryThemes: (data.secondaryThemes as string[] | undefined) ?? [],
      withdrawn: data.status === 'withdrawn',
      date: data.date as EntryFacts['date'],
      arxiv: data.arxiv as string | undefined,
      // YAML 1.2 reads an unquoted date as a string, as the schema does.
      added: String(data.added),
    });
  }
  return facts.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** The slugs a page links to as papers (`…/papers/<slug>/`), in page order, within `selector`. */
export function linkedSlugs(
  dom: { querySelectorAll(selector: string): { getAttribute(name: string): string | undefined }[] },
  selector: string,
): string[] {
  return dom
    .querySelectorAll(`${selector} a[href]`)
    .map((a) => /\/papers\/([^/]+)\/$/.exec(a.getAttribute('href') ?? '')?.[1])
    .filter((slug): slug is string => slug !== undefined);
}

/**
 * Entries in the order every list of the site shows them: newest first, year-less dates last (by month
 * and day), ties by title. Computed from the files, not by the site's code.
 */
export function newestFirst(list: readonly EntryFacts[]): EntryFacts[] {
  return [...list].sort((a, b) => {
    const known = Number(b.date.precision === 'day') - Number(a.date.precision === 'day');
    const byDate = a.date.value === b.date.value ? 0 : a.date.value < b.date.value ? 1 : -1;
    return known || byDate || a.title.localeCompare(b.title, 'en');
  });
}
