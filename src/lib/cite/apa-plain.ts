import type { Author, Entry } from '../schema.ts';
import { citationYear, MONTH_NAMES, paperDateParts } from '../dates.ts';
import type { CiteContext } from './cite-context.ts';
import { arxivUrl, paperUrl } from './urls.ts';

// Titles the CSL processor prints exactly as written: letters, digits and plain punctuation. Quotes and
// apostrophes (made curly), markup characters (read as rich text) and anything else take the slow path.
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N} ,:;()/%&+.\-–—?!]*[\p{L}\p{M}\p{N})?!.:])?$/u;
// After these the processor adds no period of its own.
const ENDS_SENTENCE = /[?!.:]$/;
// Names the processor prints predictably: family names of letters, spaces and hyphens; given names of
// capitalised words (hyphenated ones too) or single initials; organisations of letters, digits and spaces.
const PLAIN_FAMILY = /^\p{L}[\p{L}\p{M}]*(?:[ -]\p{L}[\p{L}\p{M}]*)*$/u;
const PLAIN_GIVEN_WORD = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*|\p{Lu}\.?)$/u;
const PLAIN_LITERAL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} ]*[\p{L}\p{N}])?$/u;
// APA lists up to 20 authors; beyond that the first 19, an ellipsis and the last.
const MAX_AUTHORS = 20;
// Venue names the processor's title case leaves as they are: capitalised words and numbers, with the
// small words it keeps lower case ("Journal of the American Medical Informatics Association").
// Words may be joined by - or / and wrapped in parentheses ("(ICLR 2026)", "IEEE/CVF", "SemEval-2024").
const VENUE_WORD = /^\(?[\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-/][\p{Lu}\p{N}][\p{L}\p{N}]*)*:?\)?$/u;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'on', 'for', 'to', 'at', 'by', 'with', 'a', 'an']);
// DOIs the processor prints exactly as doiUrl writes them.
const PLAIN_DOI = /^10\.\d{4,9}\/[A-Za-z0-9._\-/]+$/;

/**
 * The APA reference of a paper with a plain title and plainly spelled authors (a preprint, or a
 * journal, conference or workshop paper whose venue name title case leaves alone), in exactly the words
 * Citation.js's APA style gives it (a property test holds the two together). Undefined for any other
 * entry, which then goes through the CSL processor. The processor takes tens of milliseconds a reference
 * with authors; at 10,000 papers this shortcut saves minutes of a build. `ctx` is unused: every part
 * of the reference is the paper's own.
 *
 * @example
 * plainApa(entry, ctx) // 'Yang, X., & Chen, A. (2022). GatorTron: A Large Model (arXiv:2203.03540). arXiv. https://arxiv.org/abs/2203.03540'
 */
export function plainApa(entry: Entry, _ctx?: CiteContext): string | undefined {
  if (!PLAIN_TITLE.test(entry.title) || (entry.doi && !PLAIN_DOI.test(entry.doi))) return undefined;
  if (entry.venue) return venueApa(entry);
  if (entry.doi) return undefined;
  const names = entry.authors?.length ? apaNames(entry.authors) : '';
  if (names === undefined) return undefined;
  const year = citationYear(entry);
  const issued = `(${year === undefined ? 'n.d.' : year}).`;
  const title = entry.arxiv
    ? `${entry.title} (arXiv:${entry.arxiv}). arXiv. ${arxivUrl(entry.arxiv)}`
    : sentence(entry.title);
  // Without authors APA puts the title first and the date after it.
  if (!names)
    return entry.arxiv
      ? `${entry.title} (arXiv:${entry.arxiv}). ${issued} arXiv. ${arxivUrl(entry.arxiv)}`
      : `${title} ${issued}`;
  return `${names}${names.endsWith('.') ? '' : '.'} ${issued} ${title}`;
}

/** The APA reference of a journal, conference or workshop paper: date (full for a conference), title, venue, URL. */
function venueApa(entry: Entry): string | undefined {
  const venue = entry.venue!;
  if (!['journal', 'conference', 'workshop'].includes(venue.kind) || !plainVenue(venue.name)) return undefined;
  const names = entry.authors?.length ? apaNames(entry.authors) : '';
  if (names === undefined) return undefined;
  const year = citationYear(entry);
  const { year: dateYear, month, day } = paperDateParts(entry.date);
  const full = venue.kind !== 'journal' && year !== undefined && dateYear === year;
  const issued = `(${year === undefined ? 'n.d.' : full ? `${year}, ${MONTH_NAMES[month - 1]} ${day}` : year}).`;
  const url = paperUrl(entry);
  const rest = `${venue.name}.${url ? ` ${url}` : ''}`;
  return names
    ? `${names}${names.endsWith('.') ? '' : '.'} ${issued} ${sentence(entry.title)} ${rest}`
    : `${sentence(entry.title)} ${issued} ${rest}`;
}

/** A title closed by a period, unless it ends in one already (or in ? ! :). */
function sentence(title: string): string {
  return ENDS_SENTENCE.test(title) ? title : `${title}.`;
}

/** True for a venue name that title case leaves as it is. */
function plainVenue(name: string): boolean {
  const words = name.split(' ');
  return words.every(
    (word, index) => VENUE_WORD.test(word) || (index > 0 && index < words.length - 1 && SMALL_WORDS.has(word)),
  );
}

/** Authors as APA lists them ("Yang, X., Chen, A., & Wu, Y."); undefined when one is not plain. */
function apaNames(authors: readonly Author[]): string | undefined {
  const names: string[] = [];
  for (const author of authors) {
    const name = apaName(author);
    if (name === undefined) return undefined;
    names.push(name);
  }
  if (names.length === 1) return names[0];
  if (names.length > MAX_AUTHORS) return `${names.slice(0, MAX_AUTHORS - 1).join(', ')}, … ${names.at(-1)}`;
  // The processor puts a comma before "&" except between exactly two names when the second is an organisation.
  const last = authors.at(-1)!;
  const before = names.length === 2 && 'literal' in last ? ' & ' : ', & ';
  return `${names.slice(0, -1).join(', ')}${before}${names.at(-1)}`;
}

/** One author as APA writes it: "Family, G. G." or an organisation whole; undefined when not plain. */
function apaName(author: Author): string | undefined {
  if ('literal' in author) return PLAIN_LITERAL.test(author.literal) ? author.literal : undefined;
  if (!PLAIN_FAMILY.test(author.family)) return undefined;
  if (!author.given) return author.family;
  const words = author.given.split(' ');
  if (!words.every((word) => PLAIN_GIVEN_WORD.test(word))) return undefined;
  const initials = words.map((word) =>
    word
      .split('-')
      .map((part) => `${part[0]}.`)
      .join('-'),
  );
  return `${author.family}, ${initials.join(' ')}`;
}
