import type { EntryInput } from './schema.ts';

/**
 * A paper as a source describes it, before it is an entry: the entry's own fields about the paper,
 * typed by the schema, without what the survey adds (slug, themes, sources, provenance, `added`).
 * A listing gives title, abstract, date, counts and an arXiv id (see `DigestPaper`); a contributor may
 * also give the authors, a DOI and a venue (see `NewPaper`).
 */
export type Paper = Pick<EntryInput, PaperField>;

/** The entry's fields that describe the paper itself. */
type PaperField =
  | 'title'
  | 'abstract'
  | 'date'
  | 'authorsCount'
  | 'organization'
  | 'authors'
  | 'comments'
  | 'upvotes'
  | 'arxiv'
  | 'doi'
  | 'venue';

/** A paper a contributor gives `npm run new`, with the theme they chose; without one, the classifier's is used. */
export type NewPaper = Paper & Partial<Pick<EntryInput, 'theme'>>;

/**
 * One paper as a listing (digest) gave it, before slugging and classification: the fields of a `Paper`
 * that a listing has, and the 1-based line of its title.
 */
export type DigestPaper = Pick<Paper, Exclude<PaperField, 'authors' | 'doi' | 'venue'>> & { line: number };
