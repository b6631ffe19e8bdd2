import type { Entry } from '../schema.ts';
import { citationYear } from './paper-date.ts';
import type { CiteContext } from './survey-info.ts';
import { arxivUrl } from './urls.ts';

// Titles the CSL processor prints exactly as written: letters, digits and plain punctuation. Quotes and
// apostrophes (made curly), markup characters (read as rich text) and anything else take the slow path.
const PLAIN_TITLE = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N} ,:;()/%&+.\-–—?!]*[\p{L}\p{M}\p{N})?!.:])?$/u;
// After these the processor adds no period of its own.
const ENDS_SENTENCE = /[?!.:]$/;

/**
 * The APA reference of an entry with no authors, venue or DOI and a plain title, in exactly the words
 * Citation.js's APA style gives it (a differential test holds the two together). Undefined for any other
 * entry, which then goes through the CSL processor. The processor takes milliseconds a reference; at
 * 10,000 papers not yet merged with a reference export this shortcut saves most of a build's citation time.
 *
 * @example
 * plainApa(entry, ctx) // 'GatorTron: A Large Model (arXiv:2203.03540). (2022). arXiv. https://arxiv.org/abs/2203.03540'
 */
export function plainApa(entry: Entry, _ctx?: CiteContext): string | undefined {
  if (entry.authors?.length || entry.venue || entry.doi || !PLAIN_TITLE.test(entry.title)) return undefined;
  const year = citationYear(entry);
  const issued = year === undefined ? 'n.d.' : String(year);
  if (entry.arxiv) return `${entry.title} (arXiv:${entry.arxiv}). (${issued}). arXiv. ${arxivUrl(entry.arxiv)}`;
  const title = ENDS_SENTENCE.test(entry.title) ? entry.title : `${entry.title}.`;
  return `${title} (${issued}).`;
}
