import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEDGER_FILE, parseLedger } from '../lib/ledger.ts';

let cached: string[] | undefined;

/**
 * The published-URL ledger, read once per build, for the pages that must keep a promised URL working
 * (a later list page the list no longer fills). The build runs in the project root, where `content/` is;
 * a missing ledger is empty here (the ledger check integration fails that build on its own).
 */
export function publishedUrls(): string[] {
  const file = join(process.cwd(), 'content', LEDGER_FILE);
  cached ??= existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : [];
  return cached;
}
