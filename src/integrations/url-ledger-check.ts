import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readUrlLedger } from '../lib/content-tree/files.ts';
import { URL_LEDGER_FILE } from '../lib/content-tree/layout.ts';
import { brokenLedgerUrls, pathToBuiltFile } from '../lib/routes.ts';
import { brokenLedgerReport } from '../lib/url-ledger-report.ts';

/**
 * Fails the build when a URL in the published-URL ledger (`content/published-urls.txt`) is not in the
 * built site as a page or a redirect, naming each URL and how to bring it back. `npm run check` judges
 * the same promise from the entry files; this judges what was actually built. List it after the
 * integrations that write files at `astro:build:done` (the sitemap), since the ledger lists theirs too.
 */
export function urlLedgerCheckIntegration(options: { contentDir?: string } = {}): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  let root = process.cwd();
  return {
    name: 'survey-ledger-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { lines, found } = readUrlLedger(join(root, contentDir), root);
        // Unlike the scripts, which start a ledger when there is none, the build must not pass unchecked.
        if (!found)
          stop(
            logger,
            `${contentDir}/${URL_LEDGER_FILE}: error: the URL ledger is missing\n  fix:      restore it from the repository (it is committed and append-only)`,
          );
        const ledger = lines.map((line) => line.url);
        const broken = brokenLedgerUrls(ledger, (path) => existsSync(join(out, pathToBuiltFile(path))));
        if (broken.length > 0) stop(logger, brokenLedgerReport(broken, `${contentDir}/${URL_LEDGER_FILE}`));
        logger.info(`all ${ledger.length} published URLs resolve`);
      },
    },
  };
}

/**
 * Ends the build over a broken promise, printing only the report. A thrown error would come wrapped
 * in Astro's "An unhandled error occurred while running the hook" and a stack trace, which point
 * at this file instead of at the ledger.
 */
function stop(logger: AstroIntegrationLogger, report: string): never {
  logger.error(report);
  process.exit(1);
}
