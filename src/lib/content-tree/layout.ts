/**
 * Where things live in the content folder (`content/` by default), and the URL ledger's text format. Pure:
 * reading and writing these files is `files.ts`, beside it (as Starlight keeps `utils/collection.ts` beside
 * `collection-fs.ts`), so the loader, the CLIs, the check, the bench and the tests agree on the layout.
 */

/** The folder of entry files, in the content folder: `papers/<theme>/<slug>.mdx`. */
export const PAPERS_DIR = 'papers';

/** Every entry file under the content folder, as a glob (which skips hidden folders, such as staged writes). */
export const ENTRY_GLOB = `${PAPERS_DIR}/**/*.{md,mdx}`;

/**
 * Where the entry of a theme and slug lives, relative to the content folder: `papers/<theme>/<slug>.mdx`.
 *
 * @example
 * entryFile('imaging', 'gaitgen') // 'papers/imaging/gaitgen.mdx'
 */
export function entryFile(theme: string, slug: string): string {
  return `${PAPERS_DIR}/${theme}/${slug}.mdx`;
}

/**
 * The slug an entry file's name gives (its name without `.md` or `.mdx`), which the check holds to the
 * entry's `slug` field. Takes a path with forward slashes, as `files.ts` lists them.
 *
 * @example
 * entryFileSlug('papers/imaging/gaitgen.mdx') // 'gaitgen'
 */
export function entryFileSlug(path: string): string {
  return (path.split('/').at(-1) ?? '').replace(/\.mdx?$/, '');
}

/** The folder of digests to import, in the content folder: listing captures and reference exports. */
export const DIGESTS_DIR = 'digests';

/** The URL ledger: the committed, append-only list of every URL the survey has published, in the content folder. */
export const URL_LEDGER_FILE = 'published-urls.txt';

/** One URL of the URL ledger and the line it is on. */
export interface UrlLedgerLine {
  url: string;
  line: number;
}

/**
 * The URL ledger's URLs (site-relative paths), in file order: one per line, blank lines and `#` comments skipped.
 * Shared by the scripts that append to it and the build that checks it.
 */
export function parseUrlLedger(text: string): string[] {
  return parseUrlLedgerLines(text).map((line) => line.url);
}

/** The URL ledger's URLs with the line each is on (counted from 1), for messages that point at a line. */
export function parseUrlLedgerLines(text: string): UrlLedgerLine[] {
  return text.split('\n').flatMap((raw, index) => {
    const url = raw.trim();
    return url === '' || url.startsWith('#') ? [] : [{ url, line: index + 1 }];
  });
}

/**
 * The text to append to a URL ledger that holds `known`: the URLs it does not hold yet, once each and in
 * order, one a line; empty when there are none. A line is never rewritten or removed.
 *
 * @example
 * urlLedgerAppendix(['/papers/a/'], ['/papers/a/', '/papers/b/', '/papers/b/']) // '/papers/b/\n'
 */
export function urlLedgerAppendix(known: readonly string[], urls: readonly string[]): string {
  const held = new Set(known);
  const fresh = [...new Set(urls)].filter((url) => !held.has(url));
  return fresh.length === 0 ? '' : `${fresh.join('\n')}\n`;
}
