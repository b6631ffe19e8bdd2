import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';

const BIB = readFileSync(join(PROJECT_ROOT, 'content/digests/clinical-ai.bib'), 'utf8');
const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/references');

/** A survey made from the seed listing alone: 64 entries without ids or authors. */
let seedOnly: string;
beforeAll(() => {
  seedOnly = mkdtempSync(join(tmpdir(), 'refs-seed-'));
  mkdirSync(join(seedOnly, 'content/digests'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'content/digests/clinical-ai.txt'), join(seedOnly, 'content/digests/clinical-ai.txt'));
  const run = runScript('scripts/ingest.ts', ['--content', 'content'], { cwd: seedOnly });
  expect(run.status, run.stderr).toBe(0);
});

function copyOfSeed(): string {
  const dir = mkdtempSync(join(tmpdir(), 'refs-'));
  cpSync(seedOnly, dir, { recursive: true });
  return dir;
}

const ingest = (dir: string, ...args: string[]) =>
  runScript('scripts/ingest.ts', [...args, '--content', 'content'], { cwd: dir });

function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (path: string) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(join(dir, 'content/papers'));
  files.ledger = createHash('sha256')
    .update(readFileSync(join(dir, 'content/published-urls.txt')))
    .digest('hex');
  return files;
}

function entries(dir: string) {
  const root = join(dir, 'content/papers');
  return readdirSync(root).flatMap((theme) =>
    readdirSync(join(root, theme)).map((name) => {
      const file = join(root, theme, name);
      const text = readFileSync(file, 'utf8');
      return {
        file,
        text,
        ...parseEntryFile(text, file),
        data: parseEntryFile(text, file).data as Record<string, unknown>,
      };
    }),
  );
}

describe('npm run ingest with a reference export', () => {
  test('merges the BibTeX export: every entry gets its arXiv id and authors; a second run changes nothing', () => {
    const dir = copyOfSeed();
    const before = entries(dir);
    writeFileSync(join(dir, 'content/digests/clinical-ai.bib'), BIB);
    const run = ingest(dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('merge: filled 207 field(s) in 64 entries, added 0, unchanged 0, conflicts 0');
    const after = entries(dir);
    expect(
      after.every(
        (e) =>
          typeof e.data.arxiv === 'string' && Array.isArray(e.data.authors) && (e.data.authors as unknown[]).length > 0,
      ),
    ).toBe(true);
    // Title, abstract and body of every entry are byte-identical to before the merge.
    const byFile = new Map(before.map((e) => [e.file, e]));
    for (const e of after) {
      expect([e.data.title, e.data.abstract, e.body]).toEqual([
        byFile.get(e.file)!.data.title,
        byFile.get(e.file)!.data.abstract,
        byFile.get(e.file)!.body,
      ]);
    }
    const merged = snapshot(dir);
    const again = ingest(dir);
    expect(again.stdout).toContain('merge: filled 0 field(s) in 0 entries, added 0, unchanged 64, conflicts 0');
    expect(snapshot(dir)).toEqual(merged);
  });

  test("keeps a curator's value, reports the conflict in print and in --json", () => {
    const dir = copyOfSeed();
    const gatortron = entries(dir).find((e) => e.data.slug === 'gatortron')!;
    writeFileSync(
      gatortron.file,
      gatortron.text.replace('theme: clinical-nlp\n', 'doi: 10.9999/curated\ntheme: clinical-nlp\n'),
    );
    writeFileSync(join(dir, 'content/digests/clinical-ai.bib'), BIB);
    const run = ingest(dir, '--json');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(gatortron.file, 'utf8')).toContain('doi: 10.9999/curated\n');
    expect(run.stderr).toMatch(
      /conflict: gatortron: doi: kept "10\.9999\/curated" \(curator\); content\/digests\/clinical-ai\.bib:\d+ offered "10\.1038\/s41746-022-00742-2" \(export\)/,
    );
    const summary = JSON.parse(run.stdout);
    expect(summary.merge.conflicts).toEqual([
      expect.objectContaining({
        slug: 'gatortron',
        field: 'doi',
        kept: '10.9999/curated',
        keptSource: 'curator',
        offeredSource: 'export',
      }),
    ]);
  });

  test('a malformed .bib is refused with file, line, expected and fix, and nothing is written', () => {
    const dir = copyOfSeed();
    const bad = BIB.replace('title = {{GatorTron}: A Large', 'title = {{GatorTron: A Large');
    writeFileSync(join(dir, 'content/digests/clinical-ai.bib'), bad);
    const before = snapshot(dir);
    const run = ingest(dir);
    expect(run.status).toBe(1);
    const line = bad.split('\n').findIndex((l) => l.startsWith('@article{yang2022gatortron')) + 1;
    expect(run.stderr).toContain(
      `content/digests/clinical-ai.bib:${line}: error: the BibTeX entry starting here cannot be read`,
    );
    expect(run.stderr).toMatch(/expected: .*\n.*found: .*\n.*fix: /);
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });

  test('an RIS file named .txt is read as RIS; a stray line in it is refused at its line, and nothing is written', () => {
    const dir = copyOfSeed();
    const ris = readFileSync(join(FIXTURES, 'items.ris'), 'utf8');
    writeFileSync(
      join(dir, 'refs.txt'),
      ris.replace('ER  - \r\n\r\nTY  - UNPB', 'ER  - \r\n\r\nstray text\r\nTY  - UNPB'),
    );
    const before = snapshot(dir);
    const bad = ingest(dir, 'refs.txt');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('refs.txt:14: error: text outside any RIS record');
    expect(snapshot(dir)).toEqual(before);
    writeFileSync(join(dir, 'refs.txt'), ris);
    const good = ingest(dir, 'refs.txt', '--dry-run', '--json');
    expect(good.status, good.stderr).toBe(0);
    expect(good.stderr).toContain('read refs.txt as RIS (told by its content): 2 record(s), values count as export');
    expect(JSON.parse(good.stdout).merge.inputs).toEqual([
      { file: 'refs.txt', format: 'ris', source: 'export', records: 2 },
    ]);
  });

  test('an id list says what is missing for papers not in the survey, and writes nothing for them', () => {
    const dir = copyOfSeed();
    writeFileSync(join(dir, 'ids.txt'), '# to add\n2412.99999\nhttps://huggingface.co/papers/2412.99998\n');
    const before = snapshot(dir);
    const run = ingest(dir, 'ids.txt');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'needs metadata: ids.txt:2 arXiv 2412.99999 is not in the survey, and the input lacks its title, abstract, date (year, month and day); not added.',
    );
    expect(run.stdout).toContain('npm run new -- https://arxiv.org/abs/2412.99999');
    expect(run.stdout).toContain('needing metadata 2');
    expect(snapshot(dir)).toEqual(before);
  });

  test('Hugging Face API JSON adds its new paper, with links and counts, and appends its URL to the ledger', () => {
    const dir = copyOfSeed();
    cpSync(join(FIXTURES, 'hf-daily.json'), join(dir, 'daily.json'));
    const run = ingest(dir, 'daily.json');
    expect(run.status, run.stderr).toBe(0);
    const added = entries(dir).find(
      (e) => e.data.arxiv === '2503.22397' && e.data.title === 'GAITGen: <b>Gait</b> & {braces} $x$',
    );
    expect(added?.data).toMatchObject({
      upvotes: 3,
      comments: 2,
      organization: { slug: 'uoft', name: 'University of Toronto' },
      links: [
        { kind: 'code', url: 'https://github.com/vida/gaitgen' },
        { kind: 'project', url: 'https://vida.github.io/gaitgen' },
      ],
    });
    expect(readFileSync(join(dir, 'content/published-urls.txt'), 'utf8')).toContain(
      `/papers/${String(added?.data.slug)}/`,
    );
  });
});
