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

/**
 * Who set the entry's theme: the importer (the classifier's choice) or a curator. Only the decision
 * is kept: the classifier's evidence (terms and scores) is computed from `content/themes.json` when
 * needed, by `npm run check`, `npm run review` and `npm run ingest -- --dry-run`, so it never goes stale.
 */
export const ThemeReasonSchema = z.object({ source: z.enum(['importer', 'curator']) }).strict();

/**
 * Where the entry came from: the digest file (repository-relative), the line of its title, and the
 * title as the digest gave it, so that a re-import still recognises the paper after a curator edits its title.
 */
export const ProvenanceSchema = z.object({
  digest: z.string().min(1),
  line: z.number().int().positive(),
  title: z.string().min(1),
});

/**
 * One author, CSL-style: a person with a family name and, usually, given names; or an organisation
 * or consortium kept whole as a `literal` ("The MIMIC Consortium" is never split into names).
 */
export const AuthorSchema = z.union([
  z.object({ family: z.string().trim().min(1), given: z.string().trim().min(1).optional() }).strict(),
  z.object({ literal: z.string().trim().min(1) }).strict(),
]);

/** Kinds of venue a paper appears in; `preprint` is a server such as arXiv or medRxiv. */
export const VENUE_KINDS = ['journal', 'conference', 'workshop', 'book', 'preprint', 'other'] as const;

/** Where a paper was published: the venue's name, the year of that publication, and its kind. */
export const VenueSchema = z
  .object({
    name: z.string().trim().min(1),
    year: z.number().int().min(1900).max(2100).optional(),
    kind: z.enum(VENUE_KINDS),
  })
  .strict();

/** Kinds of link a paper can have besides its arXiv/DOI record. */
export const LINK_KINDS = ['code', 'project', 'data', 'models', 'huggingface', 'demo', 'other'] as const;

/** A typed link: the paper's code, project page, data, models, Hugging Face page, demo, or other. */
export const PaperLinkSchema = z
  .object({
    kind: z.enum(LINK_KINDS),
    url: z.url({ protocol: /^https?$/ }),
    label: z.string().trim().min(1).optional(),
  })
  .strict();

/**
 * Where a value came from, in increasing order of precedence: the digest (a listing capture), a
 * reference-manager export, `npm run enrich` (APIs), a curator. A merge fills gaps and reports
 * conflicts; it never overwrites a value from a higher source.
 */
export const VALUE_SOURCES = ['digest', 'export', 'enrich', 'curator'] as const;

/** The fields whose source an entry records. */
export const SOURCED_FIELDS = [
  'title',
  'abstract',
  'authors',
  'date',
  'arxiv',
  'arxivCategory',
  'doi',
  'venue',
  'links',
] as const;

/** A field whose source an entry records. */
export type SourcedField = (typeof SOURCED_FIELDS)[number];

/** The source of each sourced field that has a value; a field with a value and no source is a curator's. */
export const ValueSourcesSchema = z.partialRecord(z.enum(SOURCED_FIELDS), z.enum(VALUE_SOURCES));

/** A URL slug: lowercase ASCII words joined by hyphens. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ASCII words joined by single hyphens');

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
    /** The authors in order, from a reference export, enrich or a curator; the digests carry only a count. */
    authors: z.array(AuthorSchema).min(1).optional(),
    date: PaperDateSchema,
    comments: z.number().int().nonnegative().optional(),
    upvotes: z.number().int().nonnegative().optional(),
    /** The arXiv id without version: `2501.01234`, or an old-style id such as `cs/0601001`. */
    arxiv: z
      .string()
      .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, 'an arXiv id such as 2501.01234, without version')
      .optional(),
    /** The arXiv primary category (`cs.CL`, `eess.IV`), evidence for the classifier. */
    arxivCategory: z
      .string()
      .regex(/^[a-z-]+(\.[A-Za-z-]+)?$/, 'an arXiv category such as cs.CL')
      .optional(),
    /** The DOI of the published version, without `https://doi.org/`. */
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.1038/s41746-022-00742-2')
      .optional(),
    venue: VenueSchema.optional(),
    links: z.array(PaperLinkSchema).default([]),
    /** The source of each value the importer, a merge or enrich wrote (see `VALUE_SOURCES`). */
    sources: ValueSourcesSchema.default({}),
    theme: ThemeIdSchema,
    secondaryThemes: z.array(ThemeIdSchema).default([]),
    themeReason: ThemeReasonSchema,
    /** The day a curator confirmed the entry's themes (`npm run review`); absent until then. */
    confirmed: z.iso.date().optional(),
    /** The curator's one-line TL;DR, shown on lists and on the paper's page. */
    note: z
      .string()
      .trim()
      .min(1)
      .max(280)
      .regex(/^[^\n]*$/, 'one line')
      .optional(),
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
/** One author: a person's names or an organisation kept whole. */
export type Author = z.infer<typeof AuthorSchema>;
/** Where a paper was published. */
export type Venue = z.infer<typeof VenueSchema>;
/** A typed link of a paper. */
export type PaperLink = z.infer<typeof PaperLinkSchema>;
/** Where a value came from. */
export type ValueSource = (typeof VALUE_SOURCES)[number];
/** A paper date with its precision. */
export type PaperDate = z.infer<typeof PaperDateSchema>;
