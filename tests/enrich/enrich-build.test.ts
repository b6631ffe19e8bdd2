import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuiltSite } from '../build/helpers/build-site.ts';
import { readPage, type BuiltPage } from '../build/helpers/dist.ts';
import { API_FIXTURES, startReplayServer } from './helpers/replay-server.ts';
import { runScriptAsync } from './helpers/run-async.ts';

// One real Astro build of the survey plus one entry that npm run enrich filled from hostile API
// answers (author names and a venue with <script>, braces, `import`, `$x$`).
const HOSTILE = 'clinical-nlp/hostile-metadata.mdx';
let site: BuiltSite;
let page: BuiltPage;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'enrich-build-'));
  cpSync(join(API_FIXTURES, 'content'), join(dir, 'content'), { recursive: true });
  const server = await startReplayServer();
  const run = await runScriptAsync(
    'scripts/enrich.ts',
    ['hostile-metadata', '--content', 'content', '--cache', '.cache/enrich'],
    { cwd: dir, env: server.env },
  );
  await server.close();
  if (run.status !== 0) throw new Error(`npm run enrich failed:\n${run.stdout}\n${run.stderr}`);
  site = await buildSite({
    prepare: async (root) => cpSync(join(dir, 'content/papers', HOSTILE), join(root, 'content/papers', HOSTILE)),
  });
  page = readPage(site.dist, site.base, 'papers/hostile-metadata/index.html');
});
afterAll(() => site?.cleanup());

describe('hostile API text on a built page', () => {
  test('shows author names and the venue literally, as text', () => {
    const text = page.dom.querySelector('main')!.text;
    for (const literal of [
      "<script>alert('author')</script> Smith",
      '{Curly} Jones',
      "import Evil from 'evil'",
      '$x$ Dollar',
      "{import x from 'y'} <script>alert('venue')</script> $x$ Journal",
    ]) {
      expect(text, literal).toContain(literal);
    }
  });

  test('adds no element and no script: every < of the API text is escaped in text, or sits inert in a quoted attribute value', () => {
    for (const hostile of ["<script>alert('author')", "<script>alert('venue')"]) {
      const everywhere = page.html.split(hostile).length - 1;
      // Inside a double-quoted attribute value (a search filter's data-value, say) a "<" starts no tag.
      const inAttributes = (page.html.match(/="[^"]*"/g) ?? []).reduce(
        (count, value) => count + value.split(hostile).length - 1,
        0,
      );
      expect(everywhere, `${hostile} outside an attribute value`).toBe(inAttributes);
    }
    expect(page.dom.querySelector('main')?.text).toContain("<script>alert('venue')</script>");
    expect(page.dom.querySelectorAll('script:not([src]):not([type="application/ld+json"])')).toHaveLength(0);
    // The JSON-LD block, the one inline script, must not be closable by the API's text either.
    for (const block of page.dom.querySelectorAll('script[type="application/ld+json"]'))
      expect(block.innerHTML).not.toMatch(/<\/script/i);
  });

  test('keeps the text literally in papers.json', () => {
    const papers = JSON.parse(readFileSync(join(site.dist, 'papers.json'), 'utf8'));
    const entry = papers.papers.find((paper: { slug: string }) => paper.slug === 'hostile-metadata');
    expect(entry.authors[0]).toEqual({ family: 'Smith', given: "<script>alert('author')</script>" });
    expect(entry.venue.name).toBe("{import x from 'y'} <script>alert('venue')</script> $x$ Journal");
  });
});
