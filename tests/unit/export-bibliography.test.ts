import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { citationKeys } from '../../src/lib/cite/citation-key.ts';
import { collapseSpaces } from '../../src/lib/cite/bibtex-text.ts';
import { entriesToBibliography } from '../../src/lib/export/bibliography.ts';
import { makeEntry, referenceEntries, seedEntries, survey } from '../helpers/cite-seed.ts';

describe('entriesToBibliography', () => {
  const entries = seedEntries();
  const keys = citationKeys(entries);

  test('cites every seed paper once, in key order, and parses with no errors', () => {
    const library = parse(entriesToBibliography(entries, survey, keys), { english: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    const parsedKeys = library.entries.map((entry) => entry.key);
    expect(parsedKeys).toEqual([...keys.key.values()].sort());
    const titles = new Map(entries.map((entry) => [keys.key.get(entry.slug), collapseSpaces(entry.title)]));
    for (const parsed of library.entries) expect(parsed.fields.title).toBe(titles.get(parsed.key));
  });

  test('keeps survey-wide keys in a per-theme part', () => {
    const imaging = entries.filter((entry) => entry.theme === 'imaging');
    const library = parse(entriesToBibliography(imaging, survey, keys), { english: false });
    expect(library.entries.map((entry) => entry.key)).toEqual(imaging.map((entry) => keys.key.get(entry.slug)).sort());
  });

  test('names the entry that has no key', () => {
    expect(() =>
      entriesToBibliography([makeEntry({ slug: 'lost' })], survey, { key: new Map(), aliases: new Map() }),
    ).toThrow(/"lost"/);
  });

  test('gives each paper, merged with the reference export, its authors and never the survey URL', () => {
    const merged = referenceEntries();
    const library = parse(entriesToBibliography(merged, survey), { english: false, caseProtection: false });
    expect(library.errors).toEqual([]);
    expect(library.entries.map((entry) => entry.fields.author?.length).sort()).toEqual(
      merged.map((entry) => entry.authors?.length).sort(),
    );
    expect(library.entries.filter((entry) => String(entry.fields.url).includes('example.org'))).toEqual([]);
    expect(new Set(library.entries.map((entry) => entry.type))).toEqual(new Set(['article', 'inproceedings', 'misc']));
  });

  test('is empty for no entries', () => {
    expect(entriesToBibliography([], survey)).toBe('');
  });
});
