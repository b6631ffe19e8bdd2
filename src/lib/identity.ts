import { canonicalArxiv, comparableDoi } from './merge/identifiers.ts';
import type { EntryInput } from './schema.ts';

/** The identity of a paper: its arXiv id or DOI when known, else its normalised title. */
export interface PaperIdentity {
  arxiv?: string;
  doi?: string;
  title: string;
}

/** Which identifier two papers were found to share, strongest first. */
export type MatchedBy = 'arxiv' | 'doi' | 'title';

/**
 * An entry of the survey as identity knows it: its file, its slug and aliases (the URLs it owns), and
 * the ids and titles that name its paper (the title it was imported with counts as well).
 */
export type KnownEntry = Pick<EntryInput, 'slug' | 'title' | 'arxiv' | 'doi' | 'aliases'> & {
  file: string;
  provenance?: { title?: string };
};

/**
 * Normalises a title for matching: case, accents, punctuation and spacing do not make another paper.
 *
 * @example
 * normalizeTitle('GatorTron:  a Large—Clinical Model') // 'gatortron a large clinical model'
 */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The keys of a paper with the identifier each stands for, strongest first (see `identityKeys`).
 * An entry read from disk may hold a number where a string belongs (an unquoted arXiv id reads as
 * one): such a value identifies nothing, and `npm run check` reports it.
 */
function keysOf(paper: PaperIdentity): Array<{ key: string; by: MatchedBy }> {
  const { arxiv, doi, title } = identityOf(paper);
  const keys: Array<{ key: string; by: MatchedBy }> = [];
  const arxivId = arxiv && canonicalArxiv(arxiv);
  if (arxivId) keys.push({ key: `arxiv:${arxivId}`, by: 'arxiv' });
  const doiKey = doi && comparableDoi(doi);
  if (doiKey) keys.push({ key: `doi:${doiKey}`, by: 'doi' });
  const normalised = normalizeTitle(title);
  // A record with no title (an id list) matches by id only.
  if (normalised !== '') keys.push({ key: `title:${normalised}`, by: 'title' });
  return keys;
}

/**
 * Keys under which a paper is known, strongest first: `arxiv:<id>` (no version), `doi:<doi>`
 * (lower-case, no resolver), and `title:<normalised>`.
 */
export function identityKeys(paper: PaperIdentity): string[] {
  return keysOf(paper).map(({ key }) => key);
}

/**
 * The identity of an entry's raw frontmatter, which may not be valid yet: only string values count,
 * so a file being written by hand is matched by what it has and never makes the match throw.
 */
export function identityOf(data: { arxiv?: unknown; doi?: unknown; title?: unknown }): PaperIdentity {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return { arxiv: text(data.arxiv), doi: text(data.doi), title: text(data.title) ?? '' };
}

/**
 * An index from identity keys to a value (an entry, its slug, a digest line): the one place that
 * answers "which paper seen before is this one?", for the importer, the merge, `npm run new` and the check.
 */
export class IdentityIndex<T> {
  private byKey = new Map<string, T>();

  /** Remembers a paper under all of its keys; a key already taken keeps its first owner. */
  add(paper: PaperIdentity, value: T): void {
    for (const { key } of keysOf(paper)) if (!this.byKey.has(key)) this.byKey.set(key, value);
  }

  /**
   * Remembers an entry of the survey: its identity, and the title it was imported with, so that a
   * curator's retitling does not make it another paper.
   */
  addEntry(entry: PaperIdentity & { provenance?: { title?: string } }, value: T): void {
    this.add(entry, value);
    if (entry.provenance?.title) this.add({ title: entry.provenance.title }, value);
  }

  /** The value of the first paper seen with the same arXiv id, else DOI, else normalised title. */
  find(paper: PaperIdentity): T | undefined {
    return this.match(paper)?.value;
  }

  /** Like `find`, and also says which identifier matched (for messages: "the same arXiv id"). */
  match(paper: PaperIdentity): { value: T; by: MatchedBy } | undefined {
    for (const { key, by } of keysOf(paper)) {
      const value = this.byKey.get(key);
      if (value !== undefined) return { value, by };
    }
    return undefined;
  }
}

/** The URL names the entries own, every slug and alias: a new entry's slug must be none of them. */
export function takenSlugs(entries: Iterable<{ slug: string; aliases?: readonly string[] }>): Set<string> {
  const taken = new Set<string>();
  for (const entry of entries) for (const name of [entry.slug, ...(entry.aliases ?? [])]) taken.add(name);
  return taken;
}

/** Indexes the survey's entries, each under its identity and its imported title (see `addEntry`). */
export function indexEntries<E extends PaperIdentity & { provenance?: { title?: string } }>(
  entries: Iterable<E>,
): IdentityIndex<E> {
  const index = new IdentityIndex<E>();
  for (const entry of entries) index.addEntry(entry, entry);
  return index;
}
