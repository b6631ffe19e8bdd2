import { canonicalArxiv, comparableDoi } from './merge/same-value.ts';

/** The identity of a paper: its arXiv id or DOI when known, else its normalised title. */
export interface PaperIdentity {
  arxiv?: string;
  doi?: string;
  title: string;
}

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
 * Keys under which a paper is known, strongest first: `arxiv:<id>` (no version), `doi:<doi>`
 * (lower-case, no resolver), and `title:<normalised>`.
 */
export function identityKeys(paper: PaperIdentity): string[] {
  const keys: string[] = [];
  if (paper.arxiv) keys.push(`arxiv:${canonicalArxiv(paper.arxiv)}`);
  if (paper.doi) keys.push(`doi:${comparableDoi(paper.doi)}`);
  keys.push(`title:${normalizeTitle(paper.title)}`);
  return keys;
}

/** An index from identity keys to a value (an entry's slug, say), to find a paper seen before. */
export class IdentityIndex<T> {
  private byKey = new Map<string, T>();

  /** Remembers a paper under all of its keys; a key already taken keeps its first owner. */
  add(paper: PaperIdentity, value: T): void {
    for (const key of identityKeys(paper)) if (!this.byKey.has(key)) this.byKey.set(key, value);
  }

  /** The value of the first paper seen with the same arXiv id, else DOI, else normalised title. */
  find(paper: PaperIdentity): T | undefined {
    for (const key of identityKeys(paper)) {
      const found = this.byKey.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}
