import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { syntheticDigest } from '../../scripts/bench/synthetic-digest.ts';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { laterListPages } from '../../src/lib/routes.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';

const SEED = readFileSync(join(PROJECT_ROOT, 'content/digests/clinical-ai.txt'), 'utf8');

let dir: string;
const ingest = (...args: string[]) => runScript('scripts/ingest.ts', [...args, '--content', 'content'], { cwd: dir });

/** Every file under `content/` with a hash of its bytes: what "changes no file" compares. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(join(dir, 'content'));
  return files;
}

function entries() {
  const found: Array<{ file: string; data: Record<string, unknown>; body: string }> = [];
  for (const theme of readdirSync(join(dir, 'content/papers'))) {
    for (const name of readdirSync(join(dir, 'content/papers', theme))) {
      const file = join(dir, 'content/papers', theme, name);
      const { data, body } = parseEntryFile(readFileSync(file, 'utf8'), file);
      found.push({ file, data: data as Record<string, unknown>, body });
    }
  }
  return found;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  cpSync(join(PROJECT_ROOT, 'content/digests'), join(dir, 'content/digests'), { recursive: true });
});

describe('npm run ingest', () => {
  test('makes exactly 64 entries from the seed, each title and abstract identical to a digest line', () => {
    const run = ingest();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('papers found 64: added 64, already present 0, skipped 0');
    const found = entries();
    expect(found).toHaveLength(64);
    const digestLines = new Set(SEED.split('\n'));
    for (const { data, file } of found) {
      expect(digestLines.has(data.title as string), `title of ${file}`).toBe(true);
      expect(digestLines.has(data.abstract as string), `abstract of ${file}`).toBe(true);
      expect(file).toContain(`/content/papers/${data.theme}/${data.slug}.mdx`);
    }
    expect(new Set(found.map(({ data }) => data.title)).size).toBe(64);
    const ledger = readFileSync(join(dir, 'content/published-urls.txt'), 'utf8').trim().split('\n');
    expect(ledger.sort()).toEqual(found.map(({ data }) => `/papers/${data.slug}/`).sort());
  });

  test('re-running changes no file, and a CRLF + BOM copy without final newline adds nothing', () => {
    expect(ingest().status).toBe(0);
    const before = snapshot();
    const again = ingest();
    expect(again.stdout).toContain('papers found 64: added 0, already present 64, skipped 0');
    writeFileSync(join(dir, 'crlf.txt'), `\uFEFF${SEED.replace(/\n/g, '\r\n').replace(/\r\n$/, '')}`);
    const crlf = ingest('crlf.txt');
    expect(crlf.status).toBe(0);
    expect(crlf.stdout).toContain('papers found 64: added 0, already present 64, skipped 0');
    expect(snapshot()).toEqual(before);
  });

  test("keeps a curator's theme and body through a re-import", () => {
    ingest();
    const file = join(dir, 'content/papers/clinical-nlp/gatortron.mdx');
    const edited =
      readFileSync(file, 'utf8')
        .replace('theme: clinical-nlp', 'theme: benchmarks')
        .replace('source: importer', 'source: curator') + '\nA landmark model; see also [CLIN-X](/papers/clin-x/).\n';
    writeFileSync(file, edited);
    expect(ingest().status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });

  test('an entry still being written (no slug, no title yet) keeps its paper from being imported again', () => {
    ingest();
    const file = join(dir, 'content/papers/clinical-nlp/gatortron.mdx');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^arxiv: /m);
    writeFileSync(file, text.replace(/^slug: .*\n/m, '').replace(/^title: .*\n/m, ''));
    const before = snapshot();
    // The listing alone: it is matched by its arXiv id (the merged export's), not added under a new name.
    const run = ingest('content/digests/clinical-ai.txt');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('papers found 64: added 0, already present 64, skipped 0');
    expect(snapshot()).toEqual(before);
  });

  test('reports a paper repeated across digests once, as a duplicate', () => {
    const first = SEED.split('\n\n').slice(0, 12).join('\n\n'); // the header and the first two papers
    writeFileSync(join(dir, 'content/digests/again.txt'), first);
    const run = ingest();
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('papers found 66: added 64, already present 2 (2 repeated in the input), skipped 0');
    expect(run.stdout).toMatch(
      /duplicate: content\/digests\/clinical-ai\.txt:\d+ "GAITGen[^"]*" is the same paper \(by title\) as content\/digests\/again\.txt:13; skipped/,
    );
  });

  test('--dry-run writes nothing and --json prints a machine-readable summary', () => {
    const before = snapshot();
    const run = ingest('--dry-run', '--json');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.dryRun).toBe(true);
    expect(summary.added).toHaveLength(64);
    expect(summary.added[0]).toMatchObject({ slug: 'gaitgen', theme: 'imaging' });
    expect(snapshot()).toEqual(before);
  });
});

describe('bad input', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['an empty file', '', /empty\.txt: error: the digest is empty/],
    [
      'binary data',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]),
      /empty\.txt: error: the file is binary data, not text/,
    ],
    [
      'a header with no papers',
      'new\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nJan 8\n',
      /empty\.txt: error: no papers found in the digest/,
    ],
    [
      'a record with no abstract',
      'Jan 8\n\nA Title\n\n  • 3 authors\n·\nMar 28, 2025\n',
      /empty\.txt:3: error: the paper "A Title" has no abstract/,
    ],
  ];
  test.each(cases)('%s: a clear error, a non-zero exit, no stack trace, nothing written', (_name, content, message) => {
    writeFileSync(join(dir, 'empty.txt'), content);
    const before = snapshot();
    const run = ingest('empty.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/expected: /);
    expect(run.stderr).toMatch(/fix: /);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot()).toEqual(before);
  });

  test('a missing file is an error, not a crash', () => {
    const run = ingest('nope.txt');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nope.txt: error: no such file');
  });

  test('a truncated last record is skipped with a warning; --strict refuses the whole digest', () => {
    const cut = SEED.slice(0, SEED.indexOf('ClinLinker: Medical Entity Linking') + 200);
    writeFileSync(join(dir, 'cut.txt'), cut);
    const before = snapshot();
    const strict = ingest('cut.txt', '--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/cut\.txt:\d+: error: the last record is incomplete/);
    expect(snapshot()).toEqual(before);
    const lenient = ingest('cut.txt');
    expect(lenient.status).toBe(0);
    const line = SEED.split('\n').findIndex((text) => text.startsWith('ClinLinker:')) + 1;
    expect(lenient.stderr).toContain(`cut.txt:${line}: warning: the last record is incomplete`);
    expect(lenient.stdout).toContain('added 63,');
  });

  test('an unknown option is a usage error', () => {
    const run = ingest('--frobnicate');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run ingest');
  });
});

describe('npm run ingest of a survey that fills more than one page of a list', () => {
  test('promises the later pages of the table and of the themes in the ledger, as the build makes them', () => {
    writeFileSync(join(dir, 'content/digests/synthetic.txt'), syntheticDigest(250));
    const run = ingest();
    expect(run.status, run.stderr).toBe(0);
    const ledger = readFileSync(join(dir, 'content/published-urls.txt'), 'utf8').trim().split('\n');
    const data = entries().map(({ data }) => data as { slug: string; theme: string; secondaryThemes?: string[] });
    expect(ledger.filter((url) => /\/page\/\d+\/$/.test(url)).sort()).toEqual(laterListPages(data).sort());
    // 64 seed papers and 250 more: the table (100 a page) has four pages.
    expect(ledger).toEqual(expect.arrayContaining(['/papers/page/2/', '/papers/page/3/', '/papers/page/4/']));
  });
});
