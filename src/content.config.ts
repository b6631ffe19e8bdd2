import { defineCollection } from 'astro:content';
import { EntrySchema } from './lib/schema.ts';
import { papersLoader } from './loaders/papers-loader.ts';

/** The survey's entries: one per paper, data from frontmatter, validated by the shared schema. */
const papers = defineCollection({
  loader: papersLoader({ base: 'content/papers' }),
  schema: EntrySchema,
});

export const collections = { papers };
