import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { PROJECT_ROOT, runScript } from '../helpers/run-script.ts';
import { offlineEnv, startReplayServer, type ReplayServer } from '../enrich/helpers/replay-server.ts';
import { runScriptAsync } from '../enrich/helpers/run-async.ts';

let dir: string;
const newEntry = (...args: string[]) => runScript('scripts/new.ts', [...args, '--content', 'content'], { cwd: dir });
const check = () => runScript('scripts/check.ts', ['--content', 'content'], { cwd: dir });

/** Every entry file under content/papers, as `theme/slug.mdx`. */
function entryFiles(): string[] {
  return readdirSync(join(dir, 'content/papers'))
    .flatMap((theme) => readdirSync(join(dir, 'content/papers', theme)).map((name) => `${theme}/${name}`))
    .sort();
}
const ledger = () => readFileSync(join(dir, 'content/published-urls.txt'), 'utf8');
const read = (path: string) =>
  parseEntryFile(readFileSync(join(dir, 'content/papers', path), 'utf8'), path).data as Record<string, any>;

const SEGMED = [
  '--title',
  'SegMed: Segmenting MRI Lesions with Diffusion',
  '--abstract',
  'We propose SegMed, a diffusion model for segmentation of brain MRI lesions.',
  '--date',
  '2025-05-02',
];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'new-'));
  cpSync(join(PROJECT_ROOT, 'content/papers'), join(dir, 'content/papers'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'content/published-urls.txt'), join(dir, 'content/published-urls.txt'));
});

describe('npm run new with flags', () => {
  test('makes exactly one entry, appends its URL to the ledger, says why it chose the theme, and passes check', () => {
    const before = entryFiles();
    const ledgerBefore = ledger();
    const run = newEntry(...SEGMED, '--authors', '4', '--arxiv', '2505.01234');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The classifier suggests imaging (Imaging & signals).');
    expect(run.stdout).toMatch(/because: title: mri/);
    expect(run.stdout).toContain('Wrote content/papers/imaging/segmed.mdx');
    expect(entryFiles()).toEqual([...before, 'imaging/segmed.mdx'].sort());
    expect(ledger()).toBe(`${ledgerBefore}/papers/segmed/\n`);
    expect(read('imaging/segmed.mdx')).toMatchObject({
      slug: 'segmed',
      authorsCount: 4,
      arxiv: '2505.01234',
      date: { precision: 'day', value: '2025-05-02' },
      added: '2026-11-25',
      themeReason: { source: 'importer' },
    });
    const checked = check();
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  test("--authors with names, --venue and --doi: written as the contributor typed them, with no source (a curator's values)", () => {
    const run = newEntry(
      ...SEGMED,
      '--authors',
      'Yang, Xi; Aokun Chen; {The MIMIC Consortium}',
      '--venue',
      'npj Digital Medicine',
      '--venue-year',
      '2025',
      '--doi',
      'https://doi.org/10.1000/XYZ.1',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const entry = read('imaging/segmed.mdx');
    expect(entry).toMatchObject({
      authors: [
        { family: 'Yang', given: 'Xi' },
        { family: 'Chen', given: 'Aokun' },
        { literal: 'The MIMIC Consortium' },
      ],
      venue: { name: 'npj Digital Medicine', kind: 'journal', year: 2025 },
      doi: '10.1000/XYZ.1',
    });
    expect(entry.sources).toBeUndefined();
    expect(check().status).toBe(0);
  });

  test('says which secondary themes it added and why, or that it added none', () => {
    const run = newEntry(
      '--title',
      'A Benchmark for Segmentation of Chest CT Scans',
      '--abstract',
      'We introduce a benchmark to evaluate segmentation models on chest CT scans, with a leaderboard.',
      '--date',
      '2025-05-02',
      '--authors',
      '3',
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /secondary themes added: imaging \(score [\d.]+: [^)]*\), because each scored at least \d+ and \d+% of the top score [\d.]+/,
    );
    const plain = newEntry(
      '--title',
      'Notes on a Clinical Language Model',
      '--abstract',
      'We pretrain a clinical language model on notes.',
      '--date',
      '2025-05-02',
      '--authors',
      '3',
    );
    expect(plain.stdout).toMatch(
      /secondary themes: none \(no other theme scored at least \d+ and \d+% of the top score/,
    );
  });

  test("--theme and --org: the contributor's theme wins and is recorded as a curator's choice", () => {
    const run = newEntry(...SEGMED, '--org', 'medlab Med Lab', '--theme', 'benchmarks');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Your theme, benchmarks, is kept: a curator's choice always wins.");
    expect(read('benchmarks/segmed.mdx')).toMatchObject({
      theme: 'benchmarks',
      organization: { slug: 'medlab', name: 'Med Lab' },
      themeReason: { source: 'curator' },
    });
    expect(check().status).toBe(0);
  });

  test('refuses a paper already in the survey, by title or arXiv id, naming the entry; writes nothing', () => {
    const before = entryFiles();
    const byTitle = newEntry(
      '--title',
      'gatortron — a LARGE clinical language model to unlock patient information from unstructured electronic health records!',
      '--abstract',
      'x',
      '--date',
      '2022-02-02',
    );
    expect(byTitle.status).toBe(1);
    expect(byTitle.stderr).toContain(
      'error: This paper is already in the survey: content/papers/clinical-nlp/gatortron.mdx (the same title). Edit that entry instead.',
    );
    expect(newEntry(...SEGMED, '--arxiv', '2505.01234').status).toBe(0);
    const byArxiv = newEntry(
      '--title',
      'Another Title',
      '--abstract',
      'x',
      '--date',
      '2025-05-02',
      '--arxiv',
      '2505.01234',
    );
    expect(byArxiv.status).toBe(1);
    expect(byArxiv.stderr).toContain('already in the survey: content/papers/imaging/segmed.mdx (the same arXiv id)');
    expect(entryFiles()).toEqual([...before, 'imaging/segmed.mdx'].sort());
  });

  test('reports every problem with the flags at once and writes nothing', () => {
    const before = entryFiles();
    const run = newEntry(
      '--title',
      'A Paper',
      '--date',
      '2025-02-30',
      '--authors',
      ' ; ',
      '--org',
      'x',
      '--theme',
      'imagng',
      '--venue-kind',
      'journal',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: --abstract is required');
    expect(run.stderr).toContain(
      'error: --date: expected a date such as 2025-05-02 (or --date=--05-02 when the year is unknown), found "2025-02-30"',
    );
    expect(run.stderr).toContain(
      'error: --authors: expected names separated by ";" such as "Yang, Xi; Chen, Aokun", found " ; "',
    );
    expect(run.stderr).toContain('error: --theme: no theme "imagng"; did you mean "imaging"?');
    expect(run.stderr).toContain('error: --venue-kind and --venue-year go with --venue "<name>"');
    expect(run.stderr).toContain('error: --org: expected the hub slug and the display name');
    expect(run.stderr).toContain('error: --authors and --org: give one or the other');
    expect(run.stderr).toContain('usage: npm run new');
    const schema = newEntry(...SEGMED, '--arxiv', '25.1', '--doi', 'not-a-doi');
    expect(schema.status).toBe(1);
    expect(schema.stderr).toContain('error: --arxiv: an arXiv id such as 2501.01234');
    expect(schema.stderr).toContain('error: --doi: a DOI such as 10.1038/s41746-022-00742-2');
    expect(entryFiles()).toEqual(before);
  });
});

/**
 * Runs `npm run new` with no flags and answers each prompt when it appears, as a person would type
 * (all at once, a prompt would swallow the answers meant for the next ones). With `thenEnd`, the input
 * ends after the last answer; a conversation that stalls is killed after 30 s.
 */
function converse(
  answers: Array<[RegExp, string]>,
  thenEnd = false,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(
    process.execPath,
    [
      resolve(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'),
      resolve(PROJECT_ROOT, 'scripts/new.ts'),
      ...args,
      '--content',
      'content',
    ],
    { cwd: dir, env: { ...process.env, SURVEY_TODAY: '2026-11-25', ...env } },
  );
  let stdout = '';
  let stderr = '';
  let seen = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const plain = stripVTControlCharacters(stdout);
    const next = answers[0];
    const at = next ? plain.slice(seen).search(next[0]) : -1;
    if (!next || at < 0) return;
    seen += at + 1;
    answers.shift();
    child.stdin.write(`${next[1]}\n`);
    if (thenEnd && answers.length === 0) child.stdin.end();
  });
  const stall = setTimeout(() => child.kill(), 30_000);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) =>
    child.on('close', (status) => {
      clearTimeout(stall);
      done({ status, stdout: stripVTControlCharacters(stdout), stderr });
    }),
  );
}

describe('npm run new, interactively', () => {
  test('asks question by question, refuses a duplicate title naming the entry, suggests the theme and writes one entry', async () => {
    const before = entryFiles();
    const run = await converse([
      [
        /Title of the paper/,
        'GatorTron: A Large Clinical Language Model to Unlock Patient Information from Unstructured Electronic Health Records',
      ],
      // Ctrl-U clears the refused title before the new one is typed.
      [/already in the survey/, '\u0015A Tokenizer for Clinical Notes in Electronic Health Records'],
      [
        /Abstract/,
        'We introduce a tokenizer for clinical notes in electronic health records and pretrain a language model with it.',
      ],
      [/Date of the paper/, '--06-01'],
      [/Who published it/, ''],
      [/Number of authors/, '3'],
      [/arXiv id/, ''],
      [/Venue, if published/, ''],
      [/Theme \(judge by the main contribution\)/, ''],
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The classifier suggests clinical-nlp (Clinical NLP).');
    expect(run.stdout.replace(/\s+/g, ' ')).toContain(
      'This paper is already in the survey: content/papers/clinical-nlp/gatortron.mdx (the same title).',
    );
    expect(run.stdout).toContain(
      'Wrote content/papers/clinical-nlp/a-tokenizer-for-clinical-notes-in-electronic-health-records.mdx',
    );
    expect(entryFiles()).toEqual(
      [...before, 'clinical-nlp/a-tokenizer-for-clinical-notes-in-electronic-health-records.mdx'].sort(),
    );
    expect(read('clinical-nlp/a-tokenizer-for-clinical-notes-in-electronic-health-records.mdx')).toMatchObject({
      title: 'A Tokenizer for Clinical Notes in Electronic Health Records',
      authorsCount: 3,
      date: { precision: 'month-day', value: '--06-01' },
      theme: 'clinical-nlp',
      themeReason: { source: 'curator' },
    });
    expect(ledger()).toMatch(/\/papers\/a-tokenizer-for-clinical-notes-in-electronic-health-records\/\n$/);
    expect(check().status).toBe(0);
  });

  test('stops cleanly, writing nothing, when the input ends before the last question', async () => {
    const before = entryFiles();
    const run = await converse([[/Title of the paper/, 'Half an Answer']], true);
    expect(run.status).toBe(130);
    expect(run.stderr).toContain('Stopped before the last question: nothing was written.');
    expect(entryFiles()).toEqual(before);
  });
});

describe('npm run new with a pasted URL', () => {
  let server: ReplayServer;
  beforeEach(async () => {
    server = await startReplayServer();
  });
  afterEach(() => server.close());
  const pasteNew = (args: string[], env: Record<string, string> = server.env) =>
    runScriptAsync('scripts/new.ts', [...args, '--content', 'content'], { cwd: dir, env });

  test.each([
    ['an arXiv URL with a version', 'https://arxiv.org/abs/2505.01234v2'],
    ['a Hugging Face URL', 'https://huggingface.co/papers/2505.01234'],
    ['a DOI URL', 'https://doi.org/10.1016/j.media.2025.103456'],
  ])('from %s, fills the rest online, marks it as enrich, and passes check', async (_kind, url) => {
    const before = entryFiles();
    const run = await pasteNew([url]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Found (arXiv 2505\.01234|DOI 10\.1016\/j\.media\.2025\.103456) online: /);
    expect(entryFiles()).toEqual([...before, 'imaging/segmed.mdx'].sort());
    const entry = read('imaging/segmed.mdx');
    expect(entry).toMatchObject({
      slug: 'segmed',
      title: 'SegMed: Segmenting MRI Lesions with Diffusion',
      abstract:
        'We propose SegMed, a diffusion model for segmentation of brain MRI lesions. It reaches a Dice score of $0.91$ on three public datasets.',
      date: { precision: 'day', value: '2025-05-02' },
      arxiv: '2505.01234',
      arxivCategory: 'eess.IV',
      doi: '10.1016/j.media.2025.103456',
      venue: { name: 'Medical Image Analysis', year: 2025, kind: 'journal' },
      themeReason: { source: 'importer' },
    });
    expect(entry.authors).toHaveLength(4);
    expect(entry.authorsCount).toBeUndefined();
    expect(entry.links.map((link: { kind: string }) => link.kind)).toEqual(['code', 'project', 'huggingface']);
    // A pasted DOI is the contributor's own value; everything else came from the APIs.
    const pastedDoi = url.includes('doi.org');
    expect(entry.sources).toEqual({
      title: 'enrich',
      abstract: 'enrich',
      date: 'enrich',
      ...(pastedDoi ? { arxiv: 'enrich' } : { doi: 'enrich' }),
      authors: 'enrich',
      arxivCategory: 'enrich',
      venue: 'enrich',
      links: 'enrich',
    });
    expect(ledger()).toMatch(/\/papers\/segmed\/\n$/);
    const checked = check();
    expect(checked.status).toBe(0);
    expect(checked.stdout).toContain('warning: published version found');
    const again = await pasteNew(['https://arxiv.org/abs/2505.01234']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already in the survey: content/papers/imaging/segmed.mdx (the same arXiv id)');
  });

  test("the contributor's flags win over what the APIs found", async () => {
    const run = await pasteNew([
      'https://arxiv.org/abs/2505.01234',
      '--title',
      'SegMed, as the contributor titles it',
      '--theme',
      'benchmarks',
      '--authors',
      '5',
    ]);
    expect(run.status).toBe(0);
    const entry = read('benchmarks/segmed-as-the-contributor-titles-it.mdx');
    expect(entry).toMatchObject({
      title: 'SegMed, as the contributor titles it',
      theme: 'benchmarks',
      authorsCount: 5,
      themeReason: { source: 'curator' },
    });
    expect(entry.sources.title).toBeUndefined();
    expect(entry.sources.abstract).toBe('enrich');
  });

  test('offline with flags: says it is offline and which flags are missing, writes nothing', async () => {
    const before = entryFiles();
    const run = await pasteNew(['https://arxiv.org/abs/2505.01234v2', '--theme', 'imaging'], await offlineEnv());
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('cannot reach arXiv at 127.0.0.1:');
    expect(run.stdout).toContain('Working offline: give what is missing yourself.');
    expect(run.stderr).toContain('error: --title is required');
    expect(run.stderr).toContain('error: --abstract is required');
    expect(run.stderr).toContain('error: --date is required');
    expect(entryFiles()).toEqual(before);
  });

  test('offline without flags: asks only what is missing, keeping the pasted arXiv id', async () => {
    const run = await converse(
      [
        [/Title of the paper/, 'SegMed: Segmenting MRI Lesions with Diffusion'],
        [/Abstract/, 'We propose SegMed, a diffusion model for segmentation of brain MRI lesions.'],
        [/Date of the paper/, '2025-05-02'],
        [/Who published it/, ''],
        [/Number of authors/, '4'],
        [/Venue, if published/, ''],
        [/Theme \(judge by the main contribution\)/, ''],
      ],
      false,
      ['https://huggingface.co/papers/2505.01234'],
      await offlineEnv(),
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('arXiv id (optional');
    expect(read('imaging/segmed.mdx')).toMatchObject({ arxiv: '2505.01234', authorsCount: 4 });
    expect(read('imaging/segmed.mdx').sources).toBeUndefined();
  });

  test('refuses what is not an arXiv, Hugging Face or DOI URL', async () => {
    const run = await pasteNew(['https://example.org/papers/2505.01234']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: expected one arXiv, Hugging Face or DOI URL');
    expect(server.requests).toEqual([]);
  });
});
