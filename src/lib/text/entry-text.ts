import { authorFamily } from '../authors.ts';
import type { Entry } from '../schema.ts';
import { countLabel } from './plural.ts';

// A sentence ends at . ! or ? followed by a space and a capital, digit or bracket, but not after a
// common abbreviation ("e.g. ", "et al. ") or a single capital ("J. Smith").
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|[A-Z]))[.!?](?=\s+["'(\[A-Z0-9])/g;

/** An abstract's sentences, whitespace collapsed, in order. */
export function splitSentences(abstract: string): string[] {
  const text = abstract.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    sentences.push(text.slice(start, match.index + 1).trim());
    start = match.index + 1;
  }
  if (start < text.length) sentences.push(text.slice(start).trim());
  return sentences.filter((sentence) => sentence !== '');
}

/**
 * The first sentence of an abstract, shortened at a word boundary with an ellipsis when longer than
 * `max` characters: the one-line summary under a title in lists.
 */
export function abstractLead(abstract: string, max = 220): string {
  const text = abstract.replace(/\s+/g, ' ').trim();
  const end = [...text.matchAll(SENTENCE_END)].find((match) => match.index >= 30);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return truncate(sentence, max);
}

/** Shortens text to at most `max` characters at a word boundary, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The abstract's paragraphs: blocks separated by blank lines, inner line breaks joined by spaces. */
export function abstractParagraphs(abstract: string): string[] {
  return abstract
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');
}

/** "1 author" / "18 authors", or undefined when the count is not known. */
export function authorsLabel(entry: Pick<Entry, 'authors' | 'authorsCount'>): string | undefined {
  const count = entry.authors?.length ?? entry.authorsCount;
  return count === undefined ? undefined : countLabel(count, 'author', 'authors');
}

/**
 * Who wrote the paper, in a few words for a list: the organisation when known, else the first
 * author names, else the author count.
 */
export function creditLine(entry: Pick<Entry, 'authors' | 'authorsCount' | 'organization'>): string | undefined {
  if (entry.organization) return entry.organization.name;
  if (entry.authors && entry.authors.length > 0) {
    return entry.authors.length > 2
      ? `${authorFamily(entry.authors[0])} et al.`
      : entry.authors.map(authorFamily).join(' and ');
  }
  return authorsLabel(entry);
}

/** "1 comment" / "3 comments", or undefined when the count is not known. */
export function commentsLabel(comments: number | undefined): string | undefined {
  return comments === undefined ? undefined : countLabel(comments, 'comment', 'comments');
}
