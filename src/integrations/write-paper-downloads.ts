import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCitationKeyLedger } from '../lib/content-tree/files.ts';
import { withBase } from '../lib/links.ts';
import { paperDownloads } from '../lib/paper-downloads.ts';
import { surveyConfig } from '../lib/survey-config.ts';
import { surveyInfo } from '../lib/survey-info.ts';
import { builtEntriesReader, type BuiltEntriesReader } from './built-entries.ts';

// Files written at once: enough to keep the disk busy, few enough not to run out of file handles.
const BATCH = 256;
const DOWNLOAD_PATH = /^papers\/[^/]+\/cite\.(bib|ris|json)$/;
const MEDIA_TYPES: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/**
 * Writes every paper's `cite.bib`, `cite.ris` and `cite.json` (at its slug and its old slugs) as plain
 * files at `astro:build:done`, in one pass over the entries, instead of as three Astro routes per
 * slug: at 10,000 papers that is 30,000 renders fewer. The entries are read and validated as the
 * content loader does (the loader has already refused a tree with errors, so this finds none). List it
 * before the ledger check, which looks for these files.
 */
export function paperDownloadsIntegration(
  options: { contentDir?: string; entries?: BuiltEntriesReader } = {},
): AstroIntegration {
  const contentDir = options.contentDir ?? 'content';
  const entries = options.entries ?? builtEntriesReader();
  let root = process.cwd();
  let site: string | undefined;
  let base = '/';
  const allDownloads = async () => {
    // The site's own order (newest first), so citation keys and alias claims are the pages'.
    const all = await entries.read(join(root, contentDir), root);
    const survey = surveyInfo(new URL(withBase('/', base), site ?? surveyConfig.site).href);
    return paperDownloads(all, survey, readCitationKeyLedger(join(root, contentDir), root));
  };
  return {
    name: 'survey-paper-downloads',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = config.site;
        base = config.base;
      },
      'astro:build:start': () => entries.reset(),
      // `astro dev` serves the same files from the entries as they are now (re-read on each request).
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://dev').pathname;
          const prefix = withBase('/', base);
          if (!path.startsWith(prefix) || !DOWNLOAD_PATH.test(path.slice(prefix.length))) return next();
          entries.reset();
          allDownloads()
            .then((files) => {
              const file = files.find((candidate) => candidate.path === path.slice(prefix.length));
              if (!file) return next();
              response.setHeader(
                'Content-Type',
                `${MEDIA_TYPES[file.path.slice(file.path.lastIndexOf('.') + 1)]}; charset=utf-8`,
              );
              response.end(file.text);
            })
            .catch(next);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const files = await allDownloads();
        for (const dirPath of new Set(files.map((file) => dirname(join(out, file.path)))))
          await mkdir(dirPath, { recursive: true });
        for (let i = 0; i < files.length; i += BATCH) {
          await Promise.all(files.slice(i, i + BATCH).map((file) => writeFile(join(out, file.path), file.text)));
        }
        logger.info(`wrote ${files.length} citation downloads in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
