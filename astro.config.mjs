// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { surveyBase, surveySite } from './src/lib/site-env.ts';

// SURVEY_SITE and SURVEY_BASE let the same survey live at a domain root or under /<repo>/ on GitHub Pages.
export default defineConfig({
  site: surveySite(process.env),
  base: surveyBase(process.env),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    processor: unified({ smartypants: false }),
  },
});
