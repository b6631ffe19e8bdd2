import { countLabel, plural } from './text/plural.ts';

/** How to bring back one published URL that no longer resolves, by the kind of URL it is. */
export function ledgerUrlFix(url: string): string {
  const paper = /^\/papers\/([^/]+)\/$/.exec(url)?.[1];
  if (paper) {
    return `if the entry was renamed, add "${paper}" to its aliases (aliases: [${paper}]) so the old URL redirects; if it was deleted, restore it and retire it with status: withdrawn and a withdrawnReason`;
  }
  const theme = /^\/themes\/([^/.]+)(?:\/|\.bib)$/.exec(url)?.[1];
  if (theme) return `restore the theme id "${theme}" in content/themes.json (a theme may be renamed, but keeps its id)`;
  return 'restore the page or endpoint under src/pages/ that served it';
}

/**
 * The build's error when published URLs no longer resolve: each URL with its fix, and why it matters.
 *
 * @example
 * brokenLedgerReport(['/papers/old/'], 'content/published-urls.txt')
 * // '1 published URL no longer resolves … \n  /papers/old/: if the entry was renamed, add "old" to its aliases …'
 */
export function brokenLedgerReport(broken: readonly string[], ledgerFile: string): string {
  const urls = countLabel(broken.length, 'published URL', 'published URLs');
  const count = `${urls} no longer ${plural(broken.length, 'resolves', 'resolve')}`;
  return [
    `${count} to a page or a redirect in the build. They are listed in ${ledgerFile}, and people cite them, so each must keep working:`,
    ...broken.map((url) => `  ${url}: ${ledgerUrlFix(url)}.`),
    `Never remove a line from ${ledgerFile}: it is append-only.`,
  ].join('\n');
}
