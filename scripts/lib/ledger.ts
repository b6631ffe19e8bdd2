import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LEDGER_FILE, parseLedger } from '../../src/lib/ledger.ts';

export { LEDGER_FILE };

/** Reads the ledger's URLs (site-relative paths); a missing ledger is empty. */
export async function readLedger(contentDir: string): Promise<string[]> {
  try {
    return parseLedger(await readFile(join(contentDir, LEDGER_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Appends the URLs the ledger does not hold yet, in order; never rewrites or removes a line. */
export async function appendToLedger(contentDir: string, urls: string[]): Promise<void> {
  const known = new Set(await readLedger(contentDir));
  const fresh = [...new Set(urls)].filter((url) => !known.has(url));
  if (fresh.length > 0) await appendFile(join(contentDir, LEDGER_FILE), `${fresh.join('\n')}\n`);
}
