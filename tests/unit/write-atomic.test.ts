import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listEntryFiles } from '../../src/lib/content-tree/files.ts';
import { moveFolderIntoPlace, writeFilesAtomically } from '../../scripts/lib/write-atomic.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'write-atomic-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file and folder under `root` (dot names included), as sorted relative paths. */
function tree(): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .sort();
}

describe('writeFilesAtomically', () => {
  test('builds folders that do not exist yet, and leaves no temporary behind', () => {
    const papers = join(root, 'content/papers');
    writeFilesAtomically([
      { path: join(papers, 'imaging/a.mdx'), content: 'A' },
      { path: join(papers, 'benchmarks/b.mdx'), content: 'B' },
      { path: join(papers, 'imaging/c.mdx'), content: 'C' },
    ]);
    expect(tree()).toEqual([
      'content',
      'content/papers',
      'content/papers/benchmarks',
      'content/papers/benchmarks/b.mdx',
      'content/papers/imaging',
      'content/papers/imaging/a.mdx',
      'content/papers/imaging/c.mdx',
    ]);
    expect(readFileSync(join(papers, 'imaging/c.mdx'), 'utf8')).toBe('C');
  });

  test('adds to and replaces files in a folder that exists', () => {
    mkdirSync(join(root, 'imaging'));
    writeFileSync(join(root, 'imaging/old.mdx'), 'before');
    writeFilesAtomically([
      { path: join(root, 'imaging/old.mdx'), content: 'after' },
      { path: join(root, 'imaging/new.mdx'), content: 'new' },
    ]);
    expect(tree()).toEqual(['imaging', 'imaging/new.mdx', 'imaging/old.mdx']);
    expect(readFileSync(join(root, 'imaging/old.mdx'), 'utf8')).toBe('after');
  });

  test('writes folders within new folders', () => {
    writeFilesAtomically([
      { path: join(root, 'a/x.txt'), content: 'x' },
      { path: join(root, 'a/b/y.txt'), content: 'y' },
      { path: join(root, 'a/b/c/z.txt'), content: 'z' },
    ]);
    expect(tree()).toEqual(['a', 'a/b', 'a/b/c', 'a/b/c/z.txt', 'a/b/y.txt', 'a/x.txt']);
  });

  test.each([
    ['a path given twice in a new folder', 'fresh/dup.mdx'],
    ['a path given twice in a folder that exists', 'imaging/dup.mdx'],
    ['a folder that is a file', 'blocked/x.mdx'],
  ])('changes no file when a write fails (%s)', (_, failing) => {
    mkdirSync(join(root, 'imaging'));
    writeFileSync(join(root, 'imaging/old.mdx'), 'before');
    writeFileSync(join(root, 'blocked'), 'a file, not a folder');
    const before = tree();
    const files = [
      { path: join(root, 'fresh/a.mdx'), content: 'A' },
      { path: join(root, 'imaging/old.mdx'), content: 'after' },
      { path: join(root, 'imaging/dup.mdx'), content: 'D' },
      { path: join(root, 'fresh/dup.mdx'), content: 'D' },
      { path: join(root, failing), content: 'again' },
    ];
    expect(() => writeFilesAtomically(files)).toThrow();
    expect(tree()).toEqual(before);
    expect(readFileSync(join(root, 'imaging/old.mdx'), 'utf8')).toBe('before');
  });

  test('a folder built whole joins one that another writer made meanwhile, file by file', () => {
    mkdirSync(join(root, '.imaging.123.tmp'));
    writeFileSync(join(root, '.imaging.123.tmp/mine.mdx'), 'mine');
    mkdirSync(join(root, 'imaging'));
    writeFileSync(join(root, 'imaging/theirs.mdx'), 'theirs');
    moveFolderIntoPlace(join(root, '.imaging.123.tmp'), join(root, 'imaging'));
    expect(tree()).toEqual(['imaging', 'imaging/mine.mdx', 'imaging/theirs.mdx']);
  });

  test('a folder being built is hidden from the entry glob (it is a dot folder)', async () => {
    // What an import looks like while its new theme is being written: the entry readers must not see it.
    mkdirSync(join(root, 'papers/.imaging.123.tmp'), { recursive: true });
    writeFileSync(join(root, 'papers/.imaging.123.tmp/half-written.mdx'), '---\ntitle: "Hal');
    mkdirSync(join(root, 'papers/nlp'));
    writeFileSync(join(root, 'papers/nlp/whole.mdx'), '---\n---\n');
    expect(await listEntryFiles(root)).toEqual(['papers/nlp/whole.mdx']);
  });
});
