import type { Entry } from '../schema.ts';
import { citationYear, paperIsoDate } from '../dates.ts';
import { paperUrl } from './urls.ts';

/** One key–value pair of an OpenURL ContextObject; absent values are left out. */
type KevPair = [key: string, value: string | undefined];

/** The OpenURL format, genre and title keys of a paper, from its venue's kind. */
function kevShape(entry: Entry): KevPair[] {
  const kind = entry.venue?.kind;
  if (kind === 'journal') {
    return [
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', entry.title],
      ['rft.jtitle', entry.venue?.name],
    ];
  }
  if (kind === 'conference' || kind === 'workshop' || kind === 'book') {
    const genre = kind === 'book' ? 'bookitem' : 'proceeding';
    return [
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
      ['rft.genre', genre],
      ['rft.atitle', entry.title],
      ['rft.btitle', entry.venue?.name],
    ];
  }
  // A preprint: OpenURL has no genre for one, but Zotero reads `rft.type` as its own item type when it
  // comes before the title, and then reads `rft.title` as the title.
  return [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
    ['rft.type', 'preprint'],
    ['rft.title', entry.title],
    ['rft.pub', entry.arxiv ? 'arXiv' : entry.venue?.name],
  ];
}

/**
 * The paper as an OpenURL 1.0 ContextObject in KEV form, for a COinS `<span class="Z3988" title="…">`:
 * reference managers (Zotero's connector among them) then offer to save the paper itself, with its
 * authors, date, DOI, own URL and whole abstract, rather than the survey's page about it.
 *
 * @example
 * entryToCoins(entry) // 'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article&…'
 */
export function entryToCoins(entry: Entry): string {
  const year = citationYear(entry);
  const pairs: KevPair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ...kevShape(entry),
    ...(entry.authors ?? []).map((author): KevPair =>
      'literal' in author
        ? ['rft.aucorp', author.literal]
        : ['rft.au', author.given ? `${author.family}, ${author.given}` : author.family],
    ),
    ['rft.date', paperIsoDate(entry.date) ?? (year === undefined ? undefined : String(year))],
    ['rft_id', entry.doi ? `info:doi/${entry.doi}` : undefined],
    ['rft_id', paperUrl(entry)],
    // Zotero's OpenURL reader turns every "+" into a space, escaped or not: an abstract with one
    // ("+2.70 pp") would arrive changed, so it is left out; Zotero then takes none rather than a wrong one.
    ['rft.description', entry.abstract.includes('+') ? undefined : entry.abstract],
  ];
  return pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${kevValue(value)}`)
    .join('&');
}

/**
 * A KEV value, form-encoded as Z39.88's examples are: spaces as `+`, and the punctuation a query may
 * hold (`, : / ; ? @`) left as it is. Shorter than full percent-encoding, and closer to the text
 * elsewhere on the page, so gzip finds the abstract twice: the page stays within its weight budget.
 */
function kevValue(value: string): string {
  const encoded = encodeURIComponent(value.replace(/\s+/g, ' '));
  return encoded.replace(/%20/g, '+').replace(/%(2C|3A|2F|3B|3F|40)/gi, (escape) => decodeURIComponent(escape));
}
