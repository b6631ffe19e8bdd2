import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LEDGER_FILE, parseLedger } from '../lib/ledger.ts';
import { brokenLedgerReport } from '../lib/ledger-report.ts';
import { brokenLedgerUrls, pathToBuiltFile } from '../lib/routes.ts';

/**
 * Fails the build when a URL in the published-URL ledger (`content/published-urls.txt`) is not in the
 * built site as a page or a redirect, naming each URL and how to bring it back. `npm run check` judges
 * the same promise from the entry files; this judges what was actually built. List it after the
 * integrations that write files at `astro:build:done` (the sitemap), since the ledger lists theirs too.
 */
export function ledgerCheckIntegration(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  return {
    name: 'survey-ledger-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const file = join(root, contentDir, LEDGER_FILE);
        // Unlike the scripts, which start a ledger when there is none, the build must not pass unchecked.
        if (!existsSync(file)) throw new Error(`The URL ledger ${contentDir}/${LEDGER_FILE} is missing: restore it from the repository (it is committed and append-only).`);
        const ledger = parseLedger(await readFile(file, 'utf8'));
        const broken = brokenLedgerUrls(ledger, (path) => existsSync(join(out, pathToBuiltFile(path))));
        if (broken.length > 0) throw new Error(brokenLedgerReport(broken, `${contentDir}/${LEDGER_FILE}`));
        logger.info(`all ${ledger.length} published URLs resolve`);
      },
    },
  };
}
