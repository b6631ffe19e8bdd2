import { existsSync, readFileSync } from 'node:fs';
import { appendFile, glob } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { CheckedFile } from '../check/check-input.ts';
import { KEY_LEDGER_FILE, parseKeyLedger, type KeyLedger } from '../cite/citation-key-ledger.ts';
import { EntryFileError, parseEntryFile } from '../entry-file.ts';
import {
  DIGESTS_DIR,
  ENTRY_GLOB,
  entryFileSlug,
  parseUrlLedgerLines,
  URL_LEDGER_FILE,
  urlLedgerAppendix,
  type UrlLedgerLine,
} from './layout.ts';

// The file-system side of `layout.ts`: the one place that reads the entry files and the URL ledger, and
// appends to the ledger. Paths shown to people are relative to `cwd` (the working directory by default).

/** The entry files under a content folder, sorted, relative to it with forward slashes: `papers/imaging/a.mdx`. */
export async function listEntryFiles(contentDir: string): Promise<string[]> {
  const paths: string[] = [];
  for await (const path of glob(ENTRY_GLOB, { cwd: contentDir })) paths.push(path.split('\\').join('/'));
  return paths.sort();
}

/**
 * The digests in `<contentDir>/digests/`, with the content folder in their paths, sorted: every file but
 * hidden ones, whatever its extension (the format is told by content).
 */
export async function listDigestFiles(contentDir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob(`${DIGESTS_DIR}/*`, { cwd: contentDir })) {
    if (!/(^|\/)\./.test(file)) files.push(join(contentDir, file));
  }
  return files.sort();
}

/**
 * Reads every entry file under `<contentDir>/papers/`, sorted by path. A file that cannot be parsed is
 * kept, with its diagnostic, so one bad file never hides the others.
 */
export async function readEntryFiles(contentDir: string, cwd = process.cwd()): Promise<CheckedFile[]> {
  // One file at a time: reading them all at once opened one descriptor per entry, and at 30,000 entries
  // that passed the process's limit (EMFILE). Small local files read synchronously just as fast.
  return (await listEntryFiles(contentDir)).map((path) => readEntryFile(contentDir, path, cwd));
}

/** Reads one entry file (`path` as `listEntryFiles` gives it), keeping a parse error as its diagnostic. */
export function readEntryFile(contentDir: string, path: string, cwd = process.cwd()): CheckedFile {
  const full = join(contentDir, path);
  const file = relative(cwd, full) || full;
  const text = readFileSync(full, 'utf8');
  try {
    const { data, body } = parseEntryFile(text, file);
    const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
    if (!isObject) {
      const expected = 'YAML fields such as title: "…"';
      const fix = 'copy the fields of an existing entry, or run npm run new';
      return { file, path, text, error: { severity: 'error', file, line: 1, message: NO_FIELDS, expected, fix } };
    }
    return { file, path, text, data: data as Record<string, unknown>, body };
  } catch (error) {
    if (error instanceof EntryFileError) return { file, path, text, error: error.diagnostic };
    throw error;
  }
}

const NO_FIELDS = 'the frontmatter holds no fields';

/** An entry file as the scripts read it: its path (relative to the working directory), raw frontmatter and body. */
export interface EntryOnDisk {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** An entry's unchecked frontmatter, with the slug and title that identify it, and its file. */
export type NamedEntry = Record<string, unknown> & { slug: string; title: string; file: string };

/**
 * Every entry with the slug and title that identify it, and its file. An entry being written by hand may
 * not have them yet (`npm run check` reports it): its slug is then its file's name, which the check holds
 * it to, and without a title it is matched by its arXiv id or DOI only, so it still keeps a paper from
 * being imported twice.
 */
export function namedEntries(entries: readonly EntryOnDisk[]): NamedEntry[] {
  return entries.map(({ file, data }) => {
    const slug = typeof data.slug === 'string' ? data.slug : entryFileSlug(file.split('\\').join('/'));
    const title = typeof data.title === 'string' ? data.title : '';
    return { ...data, slug, title, file };
  });
}

/**
 * Reads every `content/papers/<theme>/<slug>.mdx`, sorted by path, for the scripts that change entries:
 * the first malformed file throws its {@link EntryFileError} (file and line), since writing beside it
 * would be guesswork. Frontmatter that is no set of fields is passed on as it is (empty: `{}`), for the
 * schema to refuse.
 */
export async function readEntries(contentDir: string): Promise<EntryOnDisk[]> {
  return (await readEntryFiles(contentDir)).map(({ file, text, data, body, error }) => {
    if (error && error.message !== NO_FIELDS) throw new EntryFileError(error);
    if (data && body !== undefined) return { file, data, body };
    const parsed = parseEntryFile(text, file);
    return { file, data: (parsed.data ?? {}) as Record<string, unknown>, body: parsed.body };
  });
}

/** The URL ledger as read: the file's path as shown to people, its URLs with their lines, and whether it exists. */
export interface UrlLedger {
  file: string;
  lines: UrlLedgerLine[];
  found: boolean;
}

/**
 * Reads the URL ledger. A missing ledger reads as empty, with `found: false`: the scripts then start
 * one, and the build check refuses to pass unchecked. Synchronous, so a page's `getStaticPaths` can ask.
 */
export function readUrlLedger(contentDir: string, cwd = process.cwd()): UrlLedger {
  const path = join(contentDir, URL_LEDGER_FILE);
  const file = relative(cwd, path) || path;
  try {
    return { file, lines: parseUrlLedgerLines(readFileSync(path, 'utf8')), found: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, lines: [], found: false };
    throw error;
  }
}

/** Appends the URLs the ledger does not hold yet, in order, in one write; never rewrites or removes a line. */
export async function appendToUrlLedger(contentDir: string, urls: readonly string[]): Promise<void> {
  const known = readUrlLedger(contentDir).lines.map((line) => line.url);
  const appendix = urlLedgerAppendix(known, urls);
  if (appendix !== '') await appendFile(join(contentDir, URL_LEDGER_FILE), appendix);
}

/**
 * Reads the citation-key ledger (`citation-keys.txt`, frozen BibTeX keys); a missing one holds no frozen
 * keys yet. A malformed line throws, naming the line and the fix.
 */
export function readCitationKeyLedger(contentDir: string, cwd = process.cwd()): KeyLedger {
  const path = join(contentDir, KEY_LEDGER_FILE);
  return existsSync(path) ? parseKeyLedger(readFileSync(path, 'utf8'), relative(cwd, path) || path) : new Map();
}
