/**
 * `npm run captures` — regenerates the capture corpus in tests/fixtures/captures/: renders the listing
 * page from source/listing.json, copies it with every tool people use (text browsers, converters,
 * turndown, Chromium's innerText), and writes each output exactly as the tool wrote it, with the command
 * and the tool's version in manifest.json. Also writes the seed digest hard-wrapped, with CRLF and a BOM.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureWithChromium, chromiumVersion } from './chromium-capture.ts';
import type { Listing } from './listing.ts';
import { renderListing } from './render-listing.ts';
import { htmlToMarkdownWithTurndown, turndownVersion } from './turndown-capture.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, 'tests/fixtures/captures');
const HTML = 'source/hf-papers-listing.html';
const SEED = 'content/digests/clinical-ai.txt';

/** One capture: the file it made, from which input, with which tool and command. */
interface CaptureRecord {
  file: string;
  input: string;
  tool: string;
  version: string;
  command: string;
}

function firstLine(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8' })
    .split('\n')
    .find((line) => line.trim() !== '')!
    .trim();
}

/** Runs a tool on the page and returns its stdout bytes untouched. */
function run(command: string, args: string[]): Buffer {
  return execFileSync(command, args, {
    cwd: DIR,
    maxBuffer: 1 << 24,
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' },
  });
}

const TOOLS: Array<{ file: string; tool: string; version: () => string; args: string[] }> = [
  {
    file: 'lynx-dump.txt',
    tool: 'lynx',
    version: () => firstLine('lynx', ['-version']),
    args: ['-dump', '-display_charset=utf-8', HTML],
  },
  {
    file: 'lynx-dump-nolist.txt',
    tool: 'lynx',
    version: () => firstLine('lynx', ['-version']),
    args: ['-dump', '-nolist', '-display_charset=utf-8', HTML],
  },
  {
    file: 'w3m-dump.txt',
    tool: 'w3m',
    version: () => firstLine('w3m', ['-version']),
    args: ['-dump', '-O', 'UTF-8', '-T', 'text/html', HTML],
  },
  {
    file: 'elinks-dump.txt',
    tool: 'elinks',
    version: () => firstLine('elinks', ['-version']),
    args: ['-dump', '1', '-dump-charset', 'utf-8', '-no-connect', '1', HTML],
  },
  {
    file: 'html2text.txt',
    tool: 'html2text',
    version: () => firstLine('html2text', ['-version']),
    args: ['-utf8', HTML],
  },
  {
    file: 'pandoc-plain.txt',
    tool: 'pandoc',
    version: () => firstLine('pandoc', ['--version']),
    args: ['-f', 'html', '-t', 'plain', HTML],
  },
  {
    file: 'pandoc-gfm.md',
    tool: 'pandoc',
    version: () => firstLine('pandoc', ['--version']),
    args: ['-f', 'html', '-t', 'gfm', HTML],
  },
];

const listing = JSON.parse(readFileSync(join(DIR, 'source/listing.json'), 'utf8')) as Listing;
const html = renderListing(listing);
writeFileSync(join(DIR, HTML), html);
mkdirSync(join(DIR, 'out'), { recursive: true });
const manifest: CaptureRecord[] = [];

for (const { file, tool, version, args } of TOOLS) {
  writeFileSync(join(DIR, 'out', file), run(tool, args));
  manifest.push({ file: `out/${file}`, input: HTML, tool, version: version(), command: [tool, ...args].join(' ') });
}

writeFileSync(join(DIR, 'out/turndown.md'), htmlToMarkdownWithTurndown(html));
manifest.push({
  file: 'out/turndown.md',
  input: HTML,
  tool: 'turndown',
  version: turndownVersion(),
  command: "new TurndownService({ headingStyle: 'atx' }).turndown(html) (what web clippers run)",
});

const innerText = await captureWithChromium(join(DIR, HTML));
writeFileSync(join(DIR, 'out/chromium-innertext.txt'), innerText);
manifest.push({
  file: 'out/chromium-innertext.txt',
  input: HTML,
  tool: 'chromium',
  version: chromiumVersion(),
  command:
    'document.body.innerText in /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-background-networking, fresh user-data-dir (playwright-core)',
});

// The seed's own plain form, as other tools leave it: hard-wrapped at 80 columns, CRLF line ends, a BOM.
const seed = readFileSync(join(ROOT, SEED));
writeFileSync(join(DIR, 'out/seed-fold-80.txt'), execFileSync('fold', ['-s', '-w', '80', join(ROOT, SEED)]));
manifest.push({
  file: 'out/seed-fold-80.txt',
  input: SEED,
  tool: 'fold',
  version: firstLine('fold', ['--version']),
  command: `fold -s -w 80 ${SEED}`,
});
writeFileSync(join(DIR, 'out/seed-crlf.txt'), execFileSync('sed', ['s/$/\r/', join(ROOT, SEED)]));
manifest.push({
  file: 'out/seed-crlf.txt',
  input: SEED,
  tool: 'sed',
  version: firstLine('sed', ['--version']),
  command: `sed 's/$/\\r/' ${SEED}`,
});
writeFileSync(join(DIR, 'out/seed-bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seed]));
manifest.push({
  file: 'out/seed-bom.txt',
  input: SEED,
  tool: 'node',
  version: process.version,
  command: `Buffer.concat([BOM, readFileSync('${SEED}')])`,
});

writeFileSync(join(DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${manifest.length} captures to ${DIR}/out`);
