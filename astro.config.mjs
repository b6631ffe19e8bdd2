// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { surveyBase, surveySite } from './src/lib/site-env.ts';
import { surveyConfig } from './src/lib/survey-config.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// SURVEY_SITE and SURVEY_BASE let the same survey live at a domain root or under /<repo>/ on GitHub Pages.
export default defineConfig({
  // The survey's own address (src/lib/survey-config.ts) is the default; SURVEY_SITE overrides it.
  site: surveySite({ SURVEY_SITE: surveyConfig.site, ...process.env }),
  base: surveyBase(process.env),
  trailingSlash: 'always',
  // External CSS only, and scripts never inlined (Vite's inline limit is what Astro uses to decide),
  // so the Content-Security-Policy can forbid inline styles and scripts on every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [mdx(), pagefindIntegration()],
  markdown: {
    processor: unified({ smartypants: false }),
  },
});
