import { z } from 'astro/zod';
import { THEME_IDS } from './themes.ts';

/** A theme id from `content/themes.json`. */
export const ThemeIdSchema = z.enum(THEME_IDS);

/**
 * A paper's date as the listing gave it. `precision: 'day'` is a full ISO date (`2025-03-28`);
 * `'month-day'` is a date whose year the digest did not give and the importer could not be sure of,
 * stored in ISO 8601's year-less form (`--03-28`). A year is never invented.
 */
export const PaperDateSchema = z.union([
  z.object({ precision: z.literal('day'), value: z.iso.date() }),
  z.object({ precision: z.literal('month-day'), value: z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/) }),
]);

/** A Hugging Face organisation that published the paper: hub slug and display name. */
export const OrganizationSchema = z.object({ slug: z.string().min(1), name: z.string().min(1) });

/** Why the entry sits in its theme: who decided, and the classifier's evidence. */
export const ThemeReasonSchema = z.object({
  source: z.enum(['importer', 'curator']),
  matched: z.record(z.string(), z.array(z.string())).default({}),
  scores: z.record(z.string(), z.number()).default({}),
});

/**
 * Where the entry came from: the digest file (repository-relative), the line of its title, and the
 * title as the digest gave it, so that a re-import still recognises the paper after a curator edits its title.
 */
export const ProvenanceSchema = z.object({
  digest: z.string().min(1),
  line: z.number().int().positive(),
  title: z.string().min(1),
});

/** A URL slug: lowercase ASCII words joined by hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by single hyphens');

/** Curator overrides for the related-papers list. */
export const RelatedOverridesSchema = z.object({
  pin: z.array(SlugSchema).default([]),
  exclude: z.array(SlugSchema).default([]),
});

/**
 * One survey entry: the YAML frontmatter of `content/papers/<theme>/<slug>.mdx`.
 * The single definition of an entry, used by the importer, the Astro collection and the tests.
 */
export const EntrySchema = z
  .object({
    slug: SlugSchema,
    title: z.string().trim().min(1),
    abstract: z.string().trim().min(1),
    authorsCount: z.number().int().positive().optional(),
    organization: OrganizationSchema.optional(),
    /** Author names, added by a curator; the digests carry only a count. */
    authors: z.array(z.string().min(1)).optional(),
    date: PaperDateSchema,
    comments: z.number().int().nonnegative().optional(),
    upvotes: z.number().int().nonnegative().optional(),
    arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/, 'an arXiv id such as 2501.01234').optional(),
    venue: z.string().min(1).optional(),
    theme: ThemeIdSchema,
    secondaryThemes: z.array(ThemeIdSchema).default([]),
    themeReason: ThemeReasonSchema,
    /** The day the entry joined the survey (YYYY-MM-DD); orders the feed of new additions. */
    added: z.iso.date(),
    provenance: ProvenanceSchema.optional(),
    /** Earlier slugs of this entry; each keeps its URL alive as a redirect. */
    aliases: z.array(SlugSchema).default([]),
    status: z.enum(['published', 'withdrawn']).default('published'),
    withdrawnReason: z.string().min(1).optional(),
    related: RelatedOverridesSchema.optional(),
  })
  .strict()
  .refine((entry) => entry.status !== 'withdrawn' || entry.withdrawnReason, {
    message: 'a withdrawn entry needs a withdrawnReason',
    path: ['withdrawnReason'],
  })
  .refine((entry) => !entry.secondaryThemes.includes(entry.theme), {
    message: 'secondaryThemes must not repeat the primary theme',
    path: ['secondaryThemes'],
  });

/** A validated entry, with defaults applied. */
export type Entry = z.infer<typeof EntrySchema>;
/** An entry as written in a file, before defaults. */
export type EntryInput = z.input<typeof EntrySchema>;
/** A paper date with its precision. */
export type PaperDate = z.infer<typeof PaperDateSchema>;
