import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDigest } from '../../src/lib/digest/parse-digest.ts';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import type { Listing } from '../../scripts/captures/listing.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';

const DIR = join(PROJECT_ROOT, 'tests/fixtures/captures');
const manifest = JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')) as Array<{ file: string; input: string }>;
const listing = JSON.parse(readFileSync(join(DIR, 'source/listing.json'), 'utf8')) as Listing;
const defects = JSON.parse(readFileSync(join(DIR, 'tool-defects.json'), 'utf8')) as Record<
  string,
  { papers: string[] }
>;
const SEED = join(PROJECT_ROOT, 'content/digests/clinical-ai.txt');
const SEED_TITLES = parseDigest(readFileSync(SEED, 'utf8'), SEED).papers.map((paper) => paper.title);
const glyphs = (text: string) => text.replace(/\s+/g, '');

/** A fresh survey with no entries, holding one capture; runs `npm run ingest` on it. */
function ingestCapture(file: string, ...flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-capture-'));
  cpSync(join(DIR, file), join(dir, 'capture.txt'));
  const run = runScript('scripts/ingest.ts', ['capture.txt', '--content', 'content', ...flags], { cwd: dir });
  return { ...run, dir };
}

function titlesWritten(dir: string): string[] {
  const root = join(dir, 'content/papers');
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return names.map(
    (name) =>
      (parseEntryFile(readFileSync(join(root, name), 'utf8'), name).data as Record<string, unknown>).title as string,
  );
}

describe.each(manifest.map((entry) => [entry.file, entry.input] as const))('npm run ingest on %s', (file, input) => {
  const damaged = defects[file]?.papers ?? [];
  const fromSeed = input.startsWith('content/');
  const expected = fromSeed ? 64 : listing.papers.length - damaged.length;

  if (damaged.length === 0) {
    test(`adds all ${fromSeed ? 64 : listing.papers.length} papers, each title as the page shows it`, () => {
      const run = ingestCapture(file);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain(`papers found ${expected}: added ${expected}, already present 0, skipped 0`);
      // Every line accounted for: of papers, page chrome, or reported (none here).
      const accounting =
        /^capture\.txt: (\d+) papers; (\d+) lines: (\d+) of papers, (\d+) page chrome \(header, links, footer, blank\), (\d+) reported$/m.exec(
          run.stdout,
        );
      expect(accounting, run.stdout).not.toBeNull();
      const [, found, total, paper, chrome, reported] = accounting!.map(Number);
      expect([found, paper + chrome + reported, reported]).toEqual([expected, total, 0]);
      expect(total).toBe(readFileSync(join(DIR, file), 'utf8').split(/\r\n|\r|\n/).length);
      const titles = titlesWritten(run.dir).map(glyphs).sort();
      const want = (fromSeed ? SEED_TITLES : listing.papers.map((paper) => paper.title)).map(glyphs).sort();
      expect(titles).toHaveLength(expected);
      expect(titles).toEqual(want);
    });
  } else {
    test('refuses the capture, naming the damaged line, and writes nothing', () => {
      const run = ingestCapture(file);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/capture\.txt:\d+: error: the line has bytes that are not valid UTF-8/);
      expect(run.stderr).toContain('nothing was written. (--skip-invalid imports the other papers and lists these.)');
      expect(titlesWritten(run.dir)).toEqual([]);
    });

    test('--skip-invalid adds the papers the tool kept whole and lists the one it skipped', () => {
      const run = ingestCapture(file, '--skip-invalid');
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/^skipped: capture\.txt:\d+: the line has bytes that are not valid UTF-8/m);
      expect(run.stdout).toContain(
        `papers found ${listing.papers.length}: added ${expected}, already present 0, skipped ${damaged.length}`,
      );
      const kept = listing.papers.filter((paper) => !damaged.includes(paper.arxiv));
      expect(titlesWritten(run.dir).map(glyphs).sort()).toEqual(kept.map((paper) => glyphs(paper.title)).sort());
    });
  }
});

describe('npm run ingest --dry-run', () => {
  test('lists each paper it would add with slug, theme and title, and writes nothing', () => {
    const run = ingestCapture('out/chromium-innertext.txt', '--dry-run');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n').filter((line) => line.startsWith('would add: '));
    expect(lines).toHaveLength(listing.papers.length);
    listing.papers.forEach((paper, index) =>
      expect(lines[index]).toMatch(
        new RegExp(
          `^would add: [a-z0-9-]+  [a-z-]+  ${JSON.stringify(paper.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ),
      ),
    );
    expect(run.stdout).toContain(
      'papers found 10: would add 10, already present 0, skipped 0 — dry run, nothing written',
    );
    expect(titlesWritten(run.dir)).toEqual([]);
  });
});

describe('a hostile record with a multi-line abstract', () => {
  test('keeps its title and its whole abstract, line breaks included, through the entry file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-multiline-'));
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/digest/plain-multiline-abstract/input.txt'), join(dir, 'capture.txt'));
    const run = runScript('scripts/ingest.ts', ['capture.txt', '--content', 'content'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = readFileSync(join(dir, 'capture.txt'), 'utf8').split('\n');
    const root = join(dir, 'content/papers');
    const entries = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => parseEntryFile(readFileSync(join(root, name), 'utf8'), name).data as Record<string, unknown>);
    const radiology = entries.find((data) => data.title === lines[6]);
    expect(radiology, "the title line of the capture is the entry's title").toBeDefined();
    expect(radiology!.abstract).toBe(lines.slice(8, 14).join('\n'));
  });
});

describe('npm run ingest --skip-invalid on a record that cannot be read', () => {
  const digest = [
    'Jan 8',
    '',
    'A Paper Without Its Abstract',
    '',
    '  • 3 authors',
    '·',
    'Mar 28, 2025',
    '',
    'A Complete Paper',
    '',
    'Its abstract, whole.',
    '',
    '  • 2 authors',
    '·',
    'Mar 29, 2025',
    '',
  ].join('\n');

  test('without the flag: an error naming the line, and nothing written; with it: the rest imported, the record listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-skip-'));
    writeFileSync(join(dir, 'digest.txt'), digest);
    const strict = runScript('scripts/ingest.ts', ['digest.txt', '--content', 'content'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('digest.txt:3: error: the paper "A Paper Without Its Abstract" has no abstract');
    expect(titlesWritten(dir)).toEqual([]);
    const lenient = runScript('scripts/ingest.ts', ['digest.txt', '--content', 'content', '--skip-invalid'], {
      cwd: dir,
    });
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('skipped: digest.txt:3: the paper "A Paper Without Its Abstract" has no abstract');
    expect(lenient.stdout).toContain('papers found 2: added 1, already present 0, skipped 1');
    expect(titlesWritten(dir)).toEqual(['A Complete Paper']);
  });
});
