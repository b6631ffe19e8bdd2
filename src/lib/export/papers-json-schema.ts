import { z } from 'astro/zod';
import { EntrySchema } from '../schema.ts';

/** The format version of `/papers.json`; raise it when a field changes meaning or disappears. */
export const PAPERS_JSON_VERSION = 1;

const field = EntrySchema.shape;

/** One paper in `/papers.json`: the entry's public fields (taken from the entry schema) plus its URL and citation key. */
export const PaperRecordSchema = z
  .object({
    slug: field.slug,
    url: z.url(),
    citationKey: z.string().regex(/^[a-z0-9][a-z0-9._:-]*$/),
    /** Keys the paper was published under before; still valid as BibLaTeX `ids`. */
    citationKeyAliases: z.array(z.string().regex(/^[a-z0-9][a-z0-9._:-]*$/)).optional(),
    title: field.title,
    abstract: field.abstract,
    authors: field.authors,
    authorsCount: field.authorsCount,
    organization: field.organization,
    date: field.date,
    arxiv: field.arxiv,
    arxivUrl: z.url().optional(),
    arxivCategory: field.arxivCategory,
    doi: field.doi,
    /** The paper's own URL: its DOI, else its arXiv page. */
    paperUrl: z.url().optional(),
    venue: field.venue,
    links: field.links,
    theme: field.theme,
    secondaryThemes: field.secondaryThemes,
    added: field.added,
    aliases: field.aliases,
    status: field.status,
    withdrawnReason: field.withdrawnReason,
    upvotes: field.upvotes,
    comments: field.comments,
  })
  .strict();

/** The whole of `/papers.json`: format version, the survey it comes from, and its papers. */
export const PapersJsonSchema = z
  .object({
    version: z.literal(PAPERS_JSON_VERSION),
    survey: z
      .object({
        title: z.string().min(1),
        url: z.url(),
        license: z.string().min(1),
        licenseUrl: z.url(),
        repository: z.url().optional(),
      })
      .strict(),
    papers: z.array(PaperRecordSchema),
  })
  .strict()
  .meta({ title: 'Survey papers', description: 'Every paper of the survey, as published at /papers.json.' });

/** The content of `/papers.json`. */
export type PapersJson = z.infer<typeof PapersJsonSchema>;
/** One paper in `/papers.json`. */
export type PaperRecord = z.infer<typeof PaperRecordSchema>;

/** JSON Schema (draft 2020-12) of `/papers.json`, generated from the Zod schema so the two cannot drift. */
export const papersJsonSchema = z.toJSONSchema(PapersJsonSchema, { target: 'draft-2020-12', io: 'output' });
