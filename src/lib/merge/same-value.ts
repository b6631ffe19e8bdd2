import type { Author, PaperLink, SourcedField, Venue } from '../schema.ts';

/** Text as compared by a merge: BibTeX braces dropped, Unicode composed, runs of whitespace made one space. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * An arXiv id as an entry stores it: no `arXiv:` prefix, no `abs/` URL, no version.
 *
 * @example
 * canonicalArxiv('https://arxiv.org/abs/2501.01234v2') // '2501.01234'
 */
export function canonicalArxiv(id: string): string {
  return id
    .trim()
    .replace(/^https?:\/\/(www\.)?(arxiv\.org|huggingface\.co)\/(abs|pdf|papers)\//i, '')
    .replace(/^arxiv:/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/, '');
}

/**
 * A DOI as an entry stores it: no resolver URL, no `doi:` prefix. DOIs are case-insensitive, so
 * comparisons use `comparableDoi`.
 *
 * @example
 * canonicalDoi('https://doi.org/10.1038/S41746-022-00742-2') // '10.1038/S41746-022-00742-2'
 */
export function canonicalDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

/** A DOI reduced for comparison: canonical and lower-case. */
export function comparableDoi(doi: string): string {
  return canonicalDoi(doi).toLowerCase();
}

function comparableAuthor(author: Author): string {
  return 'literal' in author
    ? `literal:${comparableText(author.literal)}`
    : `person:${comparableText(author.family)}|${comparableText(author.given ?? '')}`;
}

function comparableVenue(venue: Venue): string {
  return `${comparableText(venue.name)}|${venue.year ?? ''}|${venue.kind}`;
}

/** A link's URL reduced for the union of links: no trailing slash, host lower-case. */
export function comparableUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}${parsed.hash}`;
  } catch {
    return url.trim();
  }
}

/** Whether two values of one field say the same thing once formatting differences are set aside. */
export function sameValue(field: SourcedField, a: unknown, b: unknown): boolean {
  switch (field) {
    case 'title':
    case 'abstract':
    case 'arxivCategory':
      return comparableText(a as string) === comparableText(b as string);
    case 'arxiv':
      return canonicalArxiv(a as string) === canonicalArxiv(b as string);
    case 'doi':
      return comparableDoi(a as string) === comparableDoi(b as string);
    case 'authors': {
      const [x, y] = [a as Author[], b as Author[]];
      return x.length === y.length && x.every((author, i) => comparableAuthor(author) === comparableAuthor(y[i]!));
    }
    case 'venue':
      return comparableVenue(a as Venue) === comparableVenue(b as Venue);
    case 'links': {
      const key = (links: PaperLink[]) => links.map((link) => `${link.kind} ${comparableUrl(link.url)}`).join('\n');
      return key(a as PaperLink[]) === key(b as PaperLink[]);
    }
    default:
      return JSON.stringify(a) === JSON.stringify(b);
  }
}
