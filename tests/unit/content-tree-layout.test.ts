import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ENTRY_GLOB,
  entryFile,
  entryFileSlug,
  parseUrlLedgerLines,
  urlLedgerAppendix,
} from '../../src/lib/content-tree/layout.ts';

describe('entryFile', () => {
  test('places an entry in its theme folder, named by its slug', () => {
    expect(entryFile('imaging', 'gaitgen')).toBe('papers/imaging/gaitgen.mdx');
  });

  test('is a path the entry glob finds', () => {
    expect(path.matchesGlob(entryFile('imaging', 'gaitgen'), ENTRY_GLOB)).toBe(true);
  });
});

describe('entryFileSlug', () => {
  test.each([
    ['papers/imaging/gaitgen.mdx', 'gaitgen'],
    ['papers/imaging/gaitgen.md', 'gaitgen'],
    ['papers/gaitgen.mdx', 'gaitgen'],
  ])('reads the slug of %s', (file, slug) => {
    expect(entryFileSlug(file)).toBe(slug);
  });
});

describe('parseUrlLedgerLines', () => {
  test('keeps the line of each URL, counting skipped blank and comment lines', () => {
    expect(parseUrlLedgerLines('# published URLs\n/papers/a/\n\n  /feed.xml  \r\n')).toEqual([
      { url: '/papers/a/', line: 2 },
      { url: '/feed.xml', line: 4 },
    ]);
  });
});

describe('urlLedgerAppendix', () => {
  test('adds only the URLs the ledger does not hold, once each, in order', () => {
    const urls = ['/papers/b/', '/papers/a/', '/papers/c/', '/papers/b/'];
    expect(urlLedgerAppendix(['/papers/a/'], urls)).toBe('/papers/b/\n/papers/c/\n');
  });

  test('adds nothing when every URL is held', () => {
    expect(urlLedgerAppendix(['/papers/a/'], ['/papers/a/'])).toBe('');
  });
});
