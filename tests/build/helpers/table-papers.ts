import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { THEME_IDS } from '../../../src/lib/themes.ts';

/** A generated fixture paper: the fields the table, the selection and the feeds show. */
export interface TablePaper {
  slug: string;
  title: string;
  theme: string;
  secondaryThemes: string[];
  authors: Array<{ family: string; given?: string } | { literal: string }>;
  venue?: { name: string; year: number; kind: 'journal' | 'conference' };
  code?: string;
  date: { precision: 'day'; value: string } | { precision: 'month-day'; value: string };
  added: string;
}

const FAMILIES = ['Yang', 'Alsentzer', 'Singhal', 'Müller', 'Chen', 'Okafor', 'Rajpurkar'];

/**
 * `count` published fixture papers with authors, venues, code links, a spread of years (one without
 * a year) and of days added, so that the survey passes one page of the table and of the feed.
 * Their titles carry markup-like text, which must reach every page literally.
 */
export function tablePapers(count: number): TablePaper[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const authors = Array.from({ length: (i % 5) + 1 }, (_, k) => ({
      family: FAMILIES[(i + k) % FAMILIES.length]!,
      given: 'A.',
    }));
    return {
      slug: `table-fixture-${n}`,
      title:
        i === 0
          ? 'Table fixture <b>bold</b> & "quoted" 001'
          : `Table fixture paper ${n} on ${['CT triage', 'clinical notes', 'benchmarks', 'alignment'][i % 4]}`,
      theme: THEME_IDS[i % THEME_IDS.length]!,
      secondaryThemes: i % 7 === 0 ? [THEME_IDS[(i + 1) % THEME_IDS.length]!] : [],
      authors: i % 9 === 4 ? [{ literal: 'The Fixture Consortium' }, ...authors] : authors,
      ...(i % 3 === 0
        ? {
            venue: {
              name: i % 2 ? 'Radiology' : 'ACL Clinical NLP Workshop',
              year: 2020 + (i % 5),
              kind: i % 2 ? ('journal' as const) : ('conference' as const),
            },
          }
        : {}),
      ...(i % 4 === 1 ? { code: `https://github.com/fixture/paper-${n}` } : {}),
      date:
        i === 5
          ? { precision: 'month-day', value: '--07-14' }
          : {
              precision: 'day',
              value: `${2019 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
            },
      added: `2026-0${(i % 3) + 1}-1${i % 10}`,
    };
  });
}

/** Writes the papers as entry files laid out as `content/papers/`, into `dir` or a new temporary folder. */
export async function writeTablePapers(papers: TablePaper[], into?: string): Promise<string> {
  const dir = into ?? (await mkdtemp(join(tmpdir(), 'table-papers-')));
  for (const paper of papers) {
    await mkdir(join(dir, paper.theme), { recursive: true });
    const { code, ...data } = paper;
    const entry = {
      ...data,
      abstract: `An abstract for ${paper.slug}.`,
      themeReason: { source: 'curator' },
      links: code ? [{ kind: 'code', url: code }] : [],
    };
    await writeFile(join(dir, paper.theme, `${paper.slug}.mdx`), `---\n${stringify(entry)}---\n`);
  }
  return dir;
}
