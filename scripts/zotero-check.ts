/**
 * `npm run zotero-check -- [--dist dist] [--base /] [--limit N]`: tries the built site with Zotero's own
 * translators, as a reader's Zotero would, and prints what Zotero saves from every paper page (`/web`)
 * and from its downloads (`/import` of cite.ris, cite.bib, cite.json): item type, title, number of
 * creators, abstract length, DOI and arXiv id. Exits 1 when a page is saved as anything but the paper,
 * or a record loses authors.
 *
 * It needs Zotero's translation-server, installed beforehand (it is not a dependency of this project):
 * - ZOTERO_SERVER_DIR: a translation-server checkout with its modules and `npm install` done; the script
 *   starts it on 127.0.0.1 only (ZOTERO_PORT, default 1969), with ZOTERO_TRANSLATORS_DIR when set;
 * - or ZOTERO_SERVER_URL: a server already running on the loopback interface.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

/** What Zotero saved, reduced to the facts a reader checks. */
interface Saved {
  itemType: string;
  title: string;
  creators: number;
  abstract: number;
  doi: string;
  arxiv: string;
}

const USAGE =
  'usage: npm run zotero-check -- [--dist dist] [--base /] [--limit N]   (ZOTERO_SERVER_DIR or ZOTERO_SERVER_URL must be set)';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      limit: { type: 'string' },
    },
  });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'papers')))
    throw new Error(`${dist}/papers not found: build the site first (npm run build)\n${USAGE}`);
  const { url: zotero, child } = await startZotero();
  const site = await serveStatic(dist, values.base);
  try {
    const slugs = paperSlugs(dist).slice(0, values.limit ? Number(values.limit) : undefined);
    let problems = 0;
    let altered = 0;
    console.log(['page', 'web', 'cite.ris', 'cite.bib', 'cite.json'].join('\t'));
    for (const slug of slugs) {
      const [source] = JSON.parse(readFileSync(join(dist, 'papers', slug, 'cite.json'), 'utf8')) as {
        author?: unknown[];
        title: string;
        abstract: string;
      }[];
      const expected = source.author?.length ?? 0;
      const web = (await post(`${zotero}/web`, `${site.siteUrl}papers/${slug}/`))[0];
      const downloads = await Promise.all(
        ['cite.ris', 'cite.bib', 'cite.json'].map(
          async (file) => (await post(`${zotero}/import`, readFileSync(join(dist, 'papers', slug, file), 'utf8')))[0],
        ),
      );
      const saved = [web, ...downloads].map(summarise);
      if (saved[0]?.itemType === 'webpage' || saved.some((item) => !item || item.creators !== expected)) problems++;
      // Titles and abstracts must arrive as written (whitespace aside): "≠" marks a record that changed them.
      const same = (item: Record<string, unknown> | undefined) =>
        !item ||
        (oneLine(item.title) === oneLine(source.title) &&
          (!item.abstractNote || oneLine(item.abstractNote) === oneLine(source.abstract)));
      const marks = [web, ...downloads].map((item) => (same(item) ? '' : ' ≠'));
      altered += marks.filter(Boolean).length;
      console.log([slug, ...saved.map((item, index) => describe(item) + marks[index])].join('\t'));
    }
    console.log(
      `\n${slugs.length} paper pages; ${problems} with a page saved as a web page or a record that lost or gained authors; ${altered} saved records (of ${slugs.length * 4}) whose title or abstract differs from the entry's (≠).`,
    );
    return problems === 0 ? 0 : 1;
  } finally {
    await site.close();
    child?.kill();
  }
}

/** Every paper page's slug in `dist/papers/`, redirect pages of old slugs left out. */
function paperSlugs(dist: string): string[] {
  return readdirSync(join(dist, 'papers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, 'papers', entry.name, 'cite.json')))
    .map((entry) => entry.name)
    .filter((slug) => !readFileSync(join(dist, 'papers', slug, 'index.html'), 'utf8').includes('http-equiv="refresh"'))
    .sort();
}

/** Starts translation-server on the loopback interface, or uses the one ZOTERO_SERVER_URL names. */
async function startZotero(): Promise<{ url: string; child?: ChildProcess }> {
  const given = process.env.ZOTERO_SERVER_URL;
  if (given) {
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(given).hostname))
      throw new Error(`ZOTERO_SERVER_URL must be on the loopback interface, found ${given}`);
    return { url: given.replace(/\/$/, '') };
  }
  const dir = process.env.ZOTERO_SERVER_DIR;
  if (!dir || !existsSync(join(dir, 'src/server.js')))
    throw new Error(
      `set ZOTERO_SERVER_DIR to an installed translation-server (with src/server.js), or ZOTERO_SERVER_URL\n${USAGE}`,
    );
  const port = Number(process.env.ZOTERO_PORT ?? 1969);
  const env = {
    ...process.env,
    NODE_CONFIG: JSON.stringify({ host: '127.0.0.1', port }),
    ...(process.env.ZOTERO_TRANSLATORS_DIR ? { TRANSLATORS_DIR: process.env.ZOTERO_TRANSLATORS_DIR } : {}),
  };
  // Its debug log is large: stdout is read to the end (the listener below stays), stderr is dropped, so
  // a full pipe never blocks the server.
  const child = spawn(process.execPath, ['src/server.js'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('translation-server did not start within 60 s')), 60_000);
    child.stdout?.on(
      'data',
      (chunk: Buffer) => chunk.toString().includes('Listening on') && (clearTimeout(timer), ready()),
    );
    child.on('exit', (code) => fail(new Error(`translation-server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** Posts text to a translation-server endpoint; returns the items it made (none on 501: no translator). */
async function post(url: string, body: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body }).catch(
    (error: Error) => {
      throw new Error(
        `${url}: ${error.message} (${String(error.cause ?? 'no cause')}); is translation-server still running?`,
      );
    },
  );
  if (response.status === 501) return [];
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  const data = (await response.json()) as Record<string, unknown>[] | Record<string, Record<string, unknown>>;
  return Array.isArray(data) ? data : Object.values(data);
}

function summarise(item: Record<string, unknown> | undefined): Saved | undefined {
  if (!item) return undefined;
  const text = (field: string) => (typeof item[field] === 'string' ? (item[field] as string) : '');
  const ids = [text('archiveID'), text('url'), text('extra'), text('archiveLocation')].join(' ');
  // Item types without a DOI field (a BibTeX @misc becomes a "document") keep it in Extra as "DOI: …".
  const doi = text('DOI') || (/^DOI: (\S+)/m.exec(text('extra'))?.[1] ?? '');
  return {
    itemType: text('itemType'),
    title: text('title'),
    creators: Array.isArray(item.creators) ? item.creators.length : 0,
    abstract: text('abstractNote').length,
    doi,
    arxiv: /(?:arxiv\.org\/abs\/|arXiv:\s?)([\w./-]+?\d)(?:v\d+)?(?:\s|$)/i.exec(`${ids} `)?.[1] ?? '',
  };
}

function oneLine(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function describe(saved: Saved | undefined): string {
  if (!saved) return 'nothing';
  return `${saved.itemType} ${saved.creators} creators, abstract ${saved.abstract}, DOI ${saved.doi || '-'}, arXiv ${saved.arxiv || '-'}`;
}

main().then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(`zotero-check: ${error.message}`);
    process.exitCode = 2;
  },
);
