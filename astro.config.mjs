// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { surveyBase, surveySite } from './src/lib/site-env.ts';
import { surveyConfig } from './src/lib/survey-config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { urlLedgerCheckIntegration } from './src/integrations/url-ledger-check.ts';
import { sitemapIntegrations } from './src/integrations/sitemap.ts';
import { paperDownloadsIntegration } from './src/integrations/write-paper-downloads.ts';
import { builtEntriesReader } from './src/integrations/built-entries.ts';

// The entries, read once at the end of a build for the integrations that write files from them.
const entries = builtEntriesReader();

// SURVEY_SITE and SURVEY_BASE let the same survey live at a domain root or under /<repo>/ on GitHub Pages.
export default defineConfig({
  // The survey's own address (src/lib/survey-config.ts) is the default; SURVEY_SITE overrides it.
  site: surveySite({ SURVEY_SITE: surveyConfig.site, ...process.env }),
  base: surveyBase(process.env),
  trailingSlash: 'always',
  // External CSS only, and scripts never inlined (Vite's inline limit is what Astro uses to decide),
  // so the Content-Security-Policy can forbid inline styles and scripts on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Short asset names: every page names its scripts and stylesheets, and on a paper page the default
  // names (component, script index, language) cost about 1% of its weight budget.
  vite: {
    build: { assetsInlineLimit: 0, rolldownOptions: { output: { assetFileNames: '_astro/[hash][extname]' } } },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: '_astro/[hash].js',
              chunkFileNames: '_astro/[hash].js',
              assetFileNames: '_astro/[hash][extname]',
            },
          },
        },
      },
    },
  },
  // Order matters at astro:build:done: the citation downloads and the sitemap are written before the
  // ledger check looks for them, and a broken ledger fails the build before Pagefind spends time indexing it.
  integrations: [
    mdx(),
    paperDownloadsIntegration({ entries }),
    ...sitemapIntegrations(),
    urlLedgerCheckIntegration(),
    pagefindIntegration(),
  ],
  markdown: {
    processor: unified({ smartypants: false }),
  },
});
