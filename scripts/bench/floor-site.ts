/**
 * The floor: the least an Astro site can do with the same entries. One plain `.md` page per entry
 * (title and date in frontmatter, the abstract and any notes as the body) through the glob loader and
 * `render()`, plus one list page; no layout, no styles, no search.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { readEntries } from '../lib/read-entries.ts';
import { runMeasured, type MeasuredRun } from './measured-process.ts';
import { buildEnv } from './workspace.ts';

const FILES: Record<string, string> = {
  'package.json': '{ "name": "floor", "private": true, "type": "module" }\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n",
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const papers = defineCollection({ loader: glob({ pattern: '*.md', base: './content' }), schema: z.object({ title: z.string(), date: z.string() }) });
export const collections = { papers };
`,
  'src/pages/papers/[slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('papers')).map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<html lang="en"><head><meta charset="utf-8" /><title>{paper.data.title}</title></head>
<body><h1>{paper.data.title}</h1><p>{paper.data.date}</p><Content /></body></html>
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
    const { slug, title, abstract, date } = data as { slug: string; title: string; abstract: string; date: { value: string } };
    const frontmatter = yaml.dump({ title, date: date.value }, { schema: yaml.CORE_SCHEMA, lineWidth: -1, forceQuotes: true });
    writeFileSync(join(root, 'content', `${slug}.md`), `---\n${frontmatter}---\n\n${abstract}\n\n${body}`);
  }
  return entries.length;
}

/** Builds the floor site in `root` with `astro build`, measured like the survey's build. */
export function buildFloor(root: string, node: string): Promise<MeasuredRun> {
  return runMeasured(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env: buildEnv() });
}
