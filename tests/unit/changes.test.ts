import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesPage, describeCounts, surveyChanges } from '../../src/lib/changes/changes.ts';
import { describeChange } from '../../src/lib/changes/changes-feed.ts';
import { historyEvents } from '../../src/lib/changes/history-log.ts';
import { entryToMdx } from '../../src/lib/entry-file.ts';
import { EntrySchema, type Entry } from '../../src/lib/schema.ts';
import { readEntryHistory } from '../../src/loaders/git-history.ts';

const entry = (overrides: Record<string, unknown> = {}): Entry =>
  EntrySchema.parse({
    slug: 'ct-model',
    title: 'A CT model',
    abstract: 'We propose a CT model.',
    date: { precision: 'day', value: '2025-01-02' },
    theme: 'imaging',
    themeReason: { source: 'importer' },
    added: '2026-11-25',
    ...overrides,
  });

describe('readEntryHistory on a real repository', () => {
  let repo: string;
  const git = (args: string[], date: string) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: `${date}T12:00:00Z`,
        GIT_COMMITTER_DATE: `${date}T12:00:00Z`,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.org',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.org',
      },
    });
  const write = (path: string, data: Entry) => {
    mkdirSync(join(repo, 'content/papers', path, '..'), { recursive: true });
    writeFileSync(join(repo, 'content/papers', path), entryToMdx(data as unknown as Record<string, unknown>));
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'history-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    write('imaging/ct-model.mdx', entry());
    write('imaging/other.mdx', entry({ slug: 'other', title: 'Other: a "quoted" title' }));
    git(['add', '.'], '2026-11-25');
    git(['commit', '-qm', 'seed'], '2026-11-25');
    // A curator retitles one entry, and later moves it to another theme (the file moves too).
    write('imaging/ct-model.mdx', entry({ title: 'A CT foundation model' }));
    git(['commit', '-qam', 'retitle'], '2026-11-28');
    renameSync(join(repo, 'content/papers/imaging/ct-model.mdx'), join(repo, 'content/papers/benchmarks.mdx'));
    mkdirSync(join(repo, 'content/papers/benchmarks'), { recursive: true });
    renameSync(join(repo, 'content/papers/benchmarks.mdx'), join(repo, 'content/papers/benchmarks/ct-model.mdx'));
    write('benchmarks/ct-model.mdx', entry({ title: 'A CT foundation model', theme: 'benchmarks' }));
    git(['add', '-A'], '2026-12-01');
    git(['commit', '-qm', 'move'], '2026-12-01');
    write(
      'imaging/other.mdx',
      entry({
        slug: 'other',
        title: 'Other: a "quoted" title',
        status: 'withdrawn',
        withdrawnReason: 'Retracted by its authors.',
      }),
    );
    git(['commit', '-qam', 'withdraw'], '2026-12-02');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  test('finds the retitle, the move across folders and the withdrawal, with their commit days', () => {
    expect(readEntryHistory(join(repo, 'content'))).toEqual([
      { kind: 'withdrawn', date: '2026-12-02', slug: 'other' },
      { kind: 'moved', date: '2026-12-01', slug: 'ct-model', from: 'imaging', to: 'benchmarks' },
      { kind: 'retitled', date: '2026-11-28', slug: 'ct-model', from: 'A CT model', to: 'A CT foundation model' },
    ]);
  });

  test('is empty where there is no repository', () => {
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readEntryHistory(bare)).toEqual([]);
    rmSync(bare, { recursive: true });
  });
});

describe('historyEvents', () => {
  test('ignores changes to other fields and lines that only look like fields', () => {
    const log = [
      '@@commit 2026-12-02',
      'diff --git a/content/papers/imaging/x.mdx b/content/papers/imaging/x.mdx',
      '@@ -3 +3 @@',
      '-abstract: "title: no"',
      '+abstract: "title: yes"',
      '-upvotes: 3',
      '+upvotes: 4',
    ].join('\n');
    expect(historyEvents(log)).toEqual([]);
  });
});

describe('surveyChanges', () => {
  test('groups additions and recorded events by day, newest first, under the current slug', () => {
    const renamed = entry({
      slug: 'ct-foundation',
      aliases: ['ct-model'],
      title: 'A CT foundation model',
      theme: 'benchmarks',
      added: '2026-11-25',
    });
    const newer = entry({ slug: 'newer', title: 'B', added: '2026-12-01' });
    const days = surveyChanges(
      [renamed, newer],
      [
        { kind: 'moved', date: '2026-12-01', slug: 'ct-model', from: 'imaging', to: 'benchmarks' },
        { kind: 'withdrawn', date: '2026-12-01', slug: 'deleted-long-ago' },
      ],
    );
    expect(days.map((day) => [day.date, day.changes.map(describeChange)])).toEqual([
      ['2026-12-01', ['Added: B', 'Moved from Imaging & signals to Benchmarks & evaluation: A CT foundation model']],
      ['2026-11-25', ['Added: A CT foundation model']],
    ]);
    expect(days[0].changes[1].current).toBe('ct-foundation');
  });
});

describe('changesPage', () => {
  const added = (date: string, n: number) => ({
    date,
    changes: Array.from({ length: n }, (_, i) => ({
      kind: 'added' as const,
      date,
      slug: `p${i}`,
      current: `p${i}`,
      title: `Paper ${i}`,
    })),
  });

  test('lists every change of a small survey and counts nothing', () => {
    const page = changesPage([added('2026-12-01', 2), added('2026-11-25', 3)], 10);
    expect(page.listed.map((day) => day.changes.length)).toEqual([2, 3]);
    expect(page.counted).toEqual([]);
    expect(page.total).toBe(5);
  });

  test('cuts a large day at the limit and counts the rest of it and the older days by kind', () => {
    const older = {
      date: '2026-11-01',
      changes: [
        ...added('2026-11-01', 1).changes,
        { kind: 'retitled' as const, date: '2026-11-01', slug: 'x', current: 'x', title: 'X', from: 'A', to: 'X' },
      ],
    };
    const page = changesPage([added('2026-12-01', 2), added('2026-11-25', 10_000), older], 300);
    expect(page.listed.map((day) => day.changes.length)).toEqual([2, 298]);
    expect(page.listed[1].more.added).toBe(9_702);
    expect(describeCounts(page.listed[1].more)).toBe('9,702 papers added');
    expect(page.counted).toEqual([{ date: '2026-11-01', counts: { added: 1, retitled: 1, moved: 0, withdrawn: 0 } }]);
    expect(describeCounts(page.counted[0].counts)).toBe('1 paper added, 1 retitled');
    expect(page.total).toBe(10_004);
  });

  test('says "paper" for one change and nothing for none', () => {
    expect(describeCounts({ added: 0, retitled: 0, moved: 0, withdrawn: 1 })).toBe('1 paper withdrawn');
    expect(describeCounts({ added: 0, retitled: 0, moved: 0, withdrawn: 0 })).toBe('');
  });
});
