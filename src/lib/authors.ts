import type { Author } from './schema.ts';

/** An author's name as read aloud: "Given Family", or an organisation's name whole. */
export function authorName(author: Author): string {
  if ('literal' in author) return author.literal;
  return author.given ? `${author.given} ${author.family}` : author.family;
}

/** An author's family name, or an organisation's name whole: what a citation key or "et al." starts from. */
export function authorFamily(author: Author): string {
  return 'literal' in author ? author.literal : author.family;
}
