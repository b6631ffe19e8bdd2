import { normalizeTitle } from '../identity.ts';
import type { Author, PaperLink, SourcedField, Venue } from '../schema.ts';
import { canonicalArxiv, comparableDoi } from './identifiers.ts';

/** Text as compared by a merge: BibTeX braces dropped, Unicode composed, runs of whitespace made one space. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
}

// An author is compared by the name as read aloud, so "Al Attrach, Rafi" and a name split the other
// way ("Rafi Al" + "Attrach", as an API may give it) are the same person; case does not matter.
function comparableAuthor(author: Author): string {
  return comparableText('literal' in author ? author.literal : `${author.given ?? ''} ${author.family}`).toLowerCase();
}

function comparableVenue(venue: Venue): string {
  return `${comparableText(venue.name).toLowerCase()}|${venue.year ?? ''}|${venue.kind}`;
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
      // Titles are the same when identity says so: "--" against "–", or a case change, is not a disagreement.
      return normalizeTitle(a as string) === normalizeTitle(b as string);
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
