import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parseEntryFile } from '../../src/lib/entry-file.ts';
import { runScript } from '../helpers/run-script.ts';
import { runScriptAsync } from './helpers/run-async.ts';
import { API_FIXTURES, offlineEnv, startReplayServer, type ReplayServer } from './helpers/replay-server.ts';

let dir: string;
let server: ReplayServer;
const PAPERS = [
  'imaging/segmed.mdx',
  'clinical-nlp/curated-triage-notes.mdx',
  'clinical-nlp/hostile-metadata.mdx',
  'imaging/wearable-sensors-predict-sepsis.mdx',
];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'enrich-'));
  cpSync(join(API_FIXTURES, 'content'), join(dir, 'content'), { recursive: true });
  server = await startReplayServer();
});
afterEach(() => server.close());

const enrich = (args: string[] = [], env: Record<string, string> = server.env) =>
  runScriptAsync('scripts/enrich.ts', [...args, '--content', 'content', '--cache', '.cache/enrich'], { cwd: dir, env });
const text = (path: string) => readFileSync(join(dir, 'content/papers', path), 'utf8');
const data = (path: string) => parseEntryFile(text(path), path).data as Record<string, any>;
const snapshot = () => Object.fromEntries(PAPERS.map((path) => [path, text(path)]));

describe('npm run enrich against the API replay server', () => {
  test('fills what an entry is missing from each API, records enrich as the source, and passes check', async () => {
    const run = await enrich(['segmed']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const segmed = data('imaging/segmed.mdx');
    expect(segmed.authors).toEqual([
      { family: 'García-López', given: 'Ana' },
      { family: 'van der Berg', given: 'Ludwig' },
      { family: 'Chen', given: 'Mei' },
      { literal: 'The SegMed Consortium' },
    ]);
    expect(segmed.arxivCategory).toBe('eess.IV');
    expect(segmed.links).toEqual([
      { kind: 'code', url: 'https://github.com/segmed-lab/segmed' },
      { kind: 'project', url: 'https://segmed-lab.github.io/segmed/' },
      { kind: 'huggingface', url: 'https://huggingface.co/papers/2505.01234' },
    ]);
    expect(segmed.doi).toBe('10.1016/j.media.2025.103456');
    expect(segmed.venue).toEqual({ name: 'Medical Image Analysis', year: 2025, kind: 'journal' });
    expect(segmed.sources).toEqual({
      authors: 'enrich',
      arxivCategory: 'enrich',
      doi: 'enrich',
      venue: 'enrich',
      links: 'enrich',
    });
    // What it had stays as it was, title and digest abstract included.
    expect(segmed).toMatchObject({
      slug: 'segmed',
      title: 'SegMed: Segmenting MRI Lesions with Diffusion',
      abstract: 'We propose SegMed, a diffusion model for segmentation of brain MRI lesions.',
      authorsCount: 4,
    });
    expect(run.stdout).toContain(
      'filled  venue from Crossref: {"name":"Medical Image Analysis","year":2025,"kind":"journal"}',
    );
    expect(run.stdout).toContain('note    arXiv journal reference: Med. Image Anal. 101 (2025) 103456');
    expect(server.requests.map((request) => request.split('?')[0])).toEqual([
      '/arxiv/query',
      '/hf/papers/2505.01234',
      '/s2/paper/ARXIV:2505.01234',
      '/crossref/works/10.1016/j.media.2025.103456',
    ]);
    const check = runScript('scripts/check.ts', ['--content', 'content'], { cwd: dir });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('content/papers/imaging/segmed.mdx:');
    expect(check.stdout).toContain(
      'warning: published version found: npm run enrich found that arXiv 2505.01234 was published; confirm it is the same paper',
    );
    expect(check.stdout).toContain(
      'found:    Medical Image Analysis (2025), a journal; DOI 10.1016/j.media.2025.103456',
    );
  });

  test("never overwrites a curator's value: it reports the disagreement and fills only the gaps", async () => {
    const before = data('clinical-nlp/curated-triage-notes.mdx');
    const run = await enrich(['curated-triage-notes']);
    expect(run.status).toBe(0);
    const after = data('clinical-nlp/curated-triage-notes.mdx');
    expect(after.authors).toEqual(before.authors);
    expect(after.venue).toEqual(before.venue);
    expect(after.links).toEqual([
      { kind: 'code', url: 'https://github.com/triage-notes/triage' },
      { kind: 'huggingface', url: 'https://huggingface.co/papers/2502.05678' },
    ]);
    expect(after.sources).toEqual({ arxivCategory: 'enrich', links: 'enrich' });
    expect(after.doi).toBeUndefined();
    expect(run.stdout).toContain(
      'kept    authors: 2 authors (Carla Curator, …) (curator); the APIs offer 1 author (Someone Else)',
    );
    expect(run.stdout).toContain(
      'kept    venue: {"name":"Proceedings of the Clinical NLP Workshop","year":2025,"kind":"workshop"} (curator)',
    );
    expect(text('clinical-nlp/curated-triage-notes.mdx')).toMatch(/---\n\nThe curator's notes stay as they are.\n$/);
  });

  test('finds an arXiv id by exact title, and takes no preprint server or posted preprint for a published version', async () => {
    const run = await enrich(['wearable-sensors-predict-sepsis']);
    expect(run.status).toBe(0);
    const entry = data('imaging/wearable-sensors-predict-sepsis.mdx');
    expect(entry).toMatchObject({
      arxiv: '2504.04321',
      arxivCategory: 'cs.LG',
      authors: [
        { family: 'Raman', given: 'Priya' },
        { family: 'Oliveira', given: 'Tomás' },
      ],
    });
    expect(entry.venue).toBeUndefined();
    expect(entry.doi).toBeUndefined();
    expect(run.stdout).toContain('note    Hugging Face does not know this paper');
  });

  test('takes nothing from records titled unlike the entry (a wrong arXiv id), and says so', async () => {
    const path = join(dir, 'content/papers/imaging/segmed.mdx');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        'title: "SegMed: Segmenting MRI Lesions with Diffusion"',
        'title: "Predicting Readmission from Discharge Summaries"',
      ),
    );
    const before = text('imaging/segmed.mdx');
    const run = await enrich(['segmed']);
    expect(run.status).toBe(0);
    expect(text('imaging/segmed.mdx')).toBe(before);
    for (const api of ['arXiv', 'Hugging Face', 'Semantic Scholar']) {
      expect(run.stdout).toContain(
        `note    ${api}'s record is titled "SegMed: Segmenting MRI Lesions with Diffusion", unlike this entry: not taken; check the entry's arXiv id and DOI`,
      );
    }
  });

  test('stores hostile API text literally, as YAML data', async () => {
    const run = await enrich(['hostile-metadata']);
    expect(run.status).toBe(0);
    const entry = data('clinical-nlp/hostile-metadata.mdx');
    expect(entry.authors).toEqual([
      { family: 'Smith', given: "<script>alert('author')</script>" },
      { family: 'Jones', given: '{Curly}' },
      { family: "import Evil from 'evil'" },
      { family: 'Dollar', given: '$x$' },
    ]);
    expect(entry.venue).toEqual({
      name: "{import x from 'y'} <script>alert('venue')</script> $x$ Journal",
      year: 2025,
      kind: 'journal',
    });
    expect(entry.links).toEqual([
      { kind: 'project', url: 'https://example.org/hostile?q=%3Cscript%3E' },
      { kind: 'huggingface', url: 'https://huggingface.co/papers/2503.09999' },
    ]);
    expect(entry.abstract).toBe('An abstract kept from the digest.');
    expect(text('clinical-nlp/hostile-metadata.mdx').split('\n---\n')[1] ?? '').toBe('');
  });

  test('--dry-run shows what would change and writes no entry; the real run then asks nothing again', async () => {
    const before = snapshot();
    const ledger = readFileSync(join(dir, 'content/published-urls.txt'), 'utf8');
    const run = await enrich(['--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('filled  authors from arXiv: 4 authors (Ana García-López, …)');
    expect(run.stdout).toContain('--dry-run: nothing was written.');
    expect(snapshot()).toEqual(before);
    expect(readFileSync(join(dir, 'content/published-urls.txt'), 'utf8')).toBe(ledger);
    expect(readdirSync(join(dir, 'content/papers/imaging')).sort()).toEqual([
      'segmed.mdx',
      'wearable-sensors-predict-sepsis.mdx',
    ]);
    // The three entries with an arXiv id share one id_list request (arXiv asks for 3 s between requests).
    expect(server.requests.filter((request) => request.startsWith('/arxiv/query?id_list='))).toEqual([
      '/arxiv/query?id_list=2502.05678,2503.09999,2505.01234&max_results=3',
    ]);
    const asked = server.requests.length;
    const real = await enrich();
    expect(real.status).toBe(0);
    expect(server.requests.length).toBe(asked);
    expect(snapshot()).not.toEqual(before);
  });

  test('when the batched arXiv request fails, each paper is asked on its own', async () => {
    server.script('/arxiv', [{ status: 400, body: 'bad id_list' }]);
    const run = await enrich(['--json']);
    expect(run.status).toBe(0);
    const arxiv = server.requests.filter((request) => request.startsWith('/arxiv/query?id_list='));
    expect(arxiv).toEqual([
      '/arxiv/query?id_list=2502.05678,2503.09999,2505.01234&max_results=3',
      '/arxiv/query?id_list=2502.05678&max_results=1',
      '/arxiv/query?id_list=2503.09999&max_results=1',
      '/arxiv/query?id_list=2505.01234&max_results=1',
    ]);
    expect(data('imaging/segmed.mdx').arxivCategory).toBe('eess.IV');
  });

  test('--json reports each entry: filled fields with their API, disagreements, notes', async () => {
    const run = await enrich(['--json', '--dry-run']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.dryRun).toBe(true);
    expect(report.written).toEqual([]);
    const segmed = report.entries.find((entry: { file: string }) => entry.file.endsWith('segmed.mdx'));
    expect(segmed.filled.map((fill: { field: string; api: string }) => `${fill.field}:${fill.api}`)).toEqual([
      'authors:arXiv',
      'arxivCategory:arXiv',
      'doi:Semantic Scholar',
      'venue:Crossref',
      'links:Hugging Face',
    ]);
  });

  test('when a lookup keeps failing it writes what it found, says what failed and exits 1', async () => {
    server.script(
      '/s2',
      Array.from({ length: 10 }, () => ({ status: 503 })),
    );
    const run = await enrich(['segmed', '--retries', '1']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('failed  Semantic Scholar: HTTP 503; gave up after 2 attempts');
    expect(run.stderr).toContain('Semantic Scholar: HTTP 503; retrying in');
    expect(run.stderr).toContain('1 entry had failed lookups');
    expect(data('imaging/segmed.mdx')).toMatchObject({ arxivCategory: 'eess.IV' });
    expect(data('imaging/segmed.mdx').venue).toBeUndefined();
  });

  test('offline: a clear message, exit 3, nothing written', async () => {
    const before = snapshot();
    const run = await enrich([], await offlineEnv());
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('error: cannot reach arXiv at 127.0.0.1:');
    expect(run.stderr).toContain('(connection refused)');
    expect(run.stderr).toContain(
      'npm run enrich asks public APIs, so it needs the network; this machine seems to be offline.',
    );
    expect(run.stderr).toContain('Nothing was written.');
    expect(snapshot()).toEqual(before);
  });

  test('refuses an unknown slug and bad numbers, writing nothing', async () => {
    const unknown = await enrich(['no-such-paper']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('error: no entry with the slug or path "no-such-paper"');
    const bad = await enrich(['--timeout', 'soon']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('error: --timeout: expected a whole number, found "soon"');
    expect(server.requests).toEqual([]);
    expect(existsSync(join(dir, '.cache'))).toBe(false);
  });
});
