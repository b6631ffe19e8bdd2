/** The committed, append-only list of every URL the survey has published, in the content folder. */
export const LEDGER_FILE = 'published-urls.txt';

/**
 * The ledger's URLs (site-relative paths), in file order: one per line, blank lines and `#` comments skipped.
 * Shared by the scripts that append to it and the build that checks it.
 */
export function parseLedger(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}
