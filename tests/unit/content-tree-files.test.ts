import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  appendToUrlLedger,
  listDigestFiles,
  namedEntries,
  readEntries,
  readEntryFiles,
  readUrlLedger,
} from '../../src/lib/content-tree/files.ts';
import { EntryFileError } from '../../src/lib/entry-file.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-tree-'));
  mkdirSync(join(root, 'papers/imaging'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const write = (path: string, text: string) => writeFileSync(join(root, path), text);

describe('readEntryFiles', () => {
  test('reads every entry sorted by path, and keeps a file it cannot parse with its diagnostic', async () => {
    write('papers/imaging/b.mdx', '---\nslug: b\ntitle: B\n---\n\nNotes.\n');
    write('papers/imaging/a.mdx', 'no frontmatter\n');
    const files = await readEntryFiles(root, root);
    expect(files.map((file) => [file.file, file.path, file.data, file.body, file.error?.message])).toEqual([
      ['papers/imaging/a.mdx', 'papers/imaging/a.mdx', undefined, undefined, 'the entry has no frontmatter'],
      ['papers/imaging/b.mdx', 'papers/imaging/b.mdx', { slug: 'b', title: 'B' }, 'Notes.\n', undefined],
    ]);
  });
});

describe('readEntries', () => {
  test('throws the first malformed file, for the scripts that write beside it', async () => {
    write('papers/imaging/a.mdx', 'no frontmatter\n');
    await expect(readEntries(root)).rejects.toBeInstanceOf(EntryFileError);
  });

  test('passes on frontmatter with no fields as empty, with its body', async () => {
    write('papers/imaging/a.mdx', '---\n---\nNotes.\n');
    const [entry] = await readEntries(root);
    expect({ data: entry?.data, body: entry?.body }).toEqual({ data: {}, body: 'Notes.\n' });
  });
});

describe('namedEntries', () => {
  test('gives every entry its slug and title, with its file', () => {
    const named = namedEntries([{ file: 'a.mdx', data: { slug: 'a', title: 'A', theme: 'imaging' }, body: '' }]);
    expect(named).toEqual([{ slug: 'a', title: 'A', theme: 'imaging', file: 'a.mdx' }]);
  });

  test('an entry still being written keeps its identity: the slug of its file name, its ids without a title', () => {
    const named = namedEntries([
      { file: 'content/papers/imaging/b-paper.mdx', data: { title: 'B' }, body: '' },
      { file: 'content/papers/imaging/c.mdx', data: { slug: 'c', arxiv: '2501.01234' }, body: '' },
    ]);
    expect(named).toEqual([
      { slug: 'b-paper', title: 'B', file: 'content/papers/imaging/b-paper.mdx' },
      { slug: 'c', title: '', arxiv: '2501.01234', file: 'content/papers/imaging/c.mdx' },
    ]);
  });
});

describe('listDigestFiles', () => {
  test('lists every digest whatever its extension, but hidden files, with the content folder in the path', async () => {
    mkdirSync(join(root, 'digests'));
    for (const name of ['b.bib', 'a.txt', '.DS_Store']) write(`digests/${name}`, '');
    expect(await listDigestFiles(root)).toEqual([join(root, 'digests/a.txt'), join(root, 'digests/b.bib')]);
  });
});

describe('readUrlLedger and appendToUrlLedger', () => {
  test('a missing ledger reads as empty and not found; appending starts it', async () => {
    expect(readUrlLedger(root, root)).toEqual({ file: 'published-urls.txt', lines: [], found: false });
    await appendToUrlLedger(root, ['/papers/a/', '/papers/a/']);
    expect(readFileSync(join(root, 'published-urls.txt'), 'utf8')).toBe('/papers/a/\n');
  });

  test('appends only the URLs it does not hold, never rewriting a line', async () => {
    write('published-urls.txt', '# kept\n/papers/a/\n');
    await appendToUrlLedger(root, ['/papers/a/', '/papers/b/']);
    expect(readFileSync(join(root, 'published-urls.txt'), 'utf8')).toBe('# kept\n/papers/a/\n/papers/b/\n');
    expect(readUrlLedger(root, root).lines).toEqual([
      { url: '/papers/a/', line: 2 },
      { url: '/papers/b/', line: 3 },
    ]);
  });
});
