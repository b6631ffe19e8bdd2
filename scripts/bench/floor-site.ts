/**
 * The floor: the least an Astro site can do with the same entries and the same search. One plain `.md`
 * page per entry (title, date and theme in frontmatter, the abstract and any notes as the body) through
 * the glob loader and `render()`, plus one list page; no layout and no styles. Its paper pages are
 * indexed by Pagefind the way the survey's are: only the paper's article (`data-pagefind-body`), with a
 * theme and year filter, a date sort and title metadata, by Pagefind's Node API at `astro:build:done`,
 * inside the `astro build` process, so the two builds are measured alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readEntries } from '../../src/lib/content-tree/files.ts';
import { runMeasured, type MeasuredRun } from './measured-process.ts';
import { buildEnv } from './workspace.ts';

// The same log line as the survey's integration, so the bench reads both the same way.
const FLOOR_CONFIG = `import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const search = {
  name: 'floor-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      try {
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
        await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind', dir)) });
        logger.info(\`indexed \${page_count} pages in \${Math.round(performance.now() - started)} ms\`);
      } finally {
        await pagefind.close();
      }
    },
  },
};
export default defineConfig({ integrations: [search] });
`;

const FILES: Record<string, string> = {
  'package.json': '{ "name": "floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': FLOOR_CONFIG,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const papers = defineCollection({
  loader: glob({ pattern: '*.md', base: './content' }),
  schema: z.object({ title: z.string(), date: z.string(), theme: z.string() }),
});
export const collections = { papers };
`,
  'src/pages/papers/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
const year = paper.data.date.slice(0, 4);
---
<html lang="en"><head><meta charset="utf-8" /><title>{paper.data.title}</title></head>
<body><article data-pagefind-body>
<h1 data-pagefind-meta="title" data-pagefind-weight="10">{paper.data.title}</h1>
<p><time data-pagefind-filter={\`year:\${year}\`} data-pagefind-sort={\`date:\${paper.data.date}\`}>{paper.data.date}</time>
<span data-pagefind-filter="theme">{paper.data.theme}</span></p>
<Content /></article></body></html>
`,
  'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
const papers = await getCollection('papers');
---
<html lang="en"><head><meta charset="utf-8" /><title>Papers</title></head>
<body><h1>Papers</h1><ul>{papers.map((paper) => <li><a href={\`/papers/\${paper.id}/\`}>{paper.data.title}</a></li>)}</ul></body></html>
`,
};

/** Writes the floor site into `root` (an empty workspace) from the survey's entries in `contentDir`. */
export async function writeFloorSite(root: string, contentDir: string): Promise<number> {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'content'));
  const entries = await readEntries(contentDir);
  for (const { data, body } of entries) {
    const { slug, title, abstract, date, theme } = data as {
      slug: string;
      title: string;
      abstract: string;
      date: { value: string };
      theme: string;
    };
    const frontmatter = yaml.dump(
      { title, date: date.value, theme },
      { schema: yaml.CORE_SCHEMA, lineWidth: -1, forceQuotes: true },
    );
    writeFileSync(join(root, 'content', `${slug}.md`), `---\n${frontmatter}---\n\n${abstract}\n\n${body}`);
  }
  return entries.length;
}

/** Builds the floor site in `root` with `astro build` (Pagefind included), measured like the survey's build. */
export function buildFloor(root: string, node: string): Promise<MeasuredRun> {
  return runMeasured(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: buildEnv() });
}
