import { XMLParser } from 'fast-xml-parser';
import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Author } from '../schema.ts';
import { ApiFormatError } from './api-error.ts';
import { apiText } from './api-text.ts';
import { authorFromName } from './author-name.ts';
import { optional } from './optional.ts';
import { arxivReference, isArxivDoi } from './paper-id.ts';

/** One paper of an arXiv API feed: what it tells an entry, plus what only a person should judge. */
export interface ArxivRecord {
  paper: IncomingPaper & { arxiv: string; title: string };
  version?: number;
  /** The authors' free-text journal reference ("npj Digit. Med. 5, 194 (2022)"), shown, never parsed. */
  journalRef?: string;
}

// Values stay strings (an id such as 2203.10100 must not become a number); the arxiv: and
// opensearch: prefixes are kept, as the API documents its elements under those names.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

type Node = Record<string, unknown>;

/**
 * Reads an arXiv API response (an Atom 1.0 feed, https://info.arxiv.org/help/api/user-manual.html)
 * into one record per entry. The API reports a bad query as a feed whose only entry is titled
 * "Error"; that becomes an {@link ApiFormatError} rather than a paper called "Error".
 */
export function arxivFeedToRecords(xml: string): ArxivRecord[] {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml))
    throw new ApiFormatError('arXiv', 'the answer declares a DOCTYPE or entities, which the API never does');
  let feed: Node | undefined;
  try {
    feed = (parser.parse(xml) as Node).feed as Node | undefined;
  } catch (error) {
    throw new ApiFormatError('arXiv', `the answer is not XML (${(error as Error).message.split('\n')[0]})`);
  }
  if (!feed || typeof feed !== 'object')
    throw new ApiFormatError('arXiv', `expected an Atom <feed>, found ${JSON.stringify(xml.slice(0, 60))}`);
  const entries = (feed.entry as Node[] | undefined) ?? [];
  return entries.map(entryToRecord);
}

function entryToRecord(entry: Node): ArxivRecord {
  const idUrl = text(entry.id) ?? '';
  if (/\/api\/errors/.test(idUrl) || text(entry.title) === 'Error') {
    throw new ApiFormatError('arXiv', `the API reported an error: ${text(entry.summary) ?? idUrl}`);
  }
  const reference = arxivReference(idUrl.replace(/^https?:\/\/(export\.)?arxiv\.org\/abs\//, ''));
  const title = text(entry.title);
  if (reference?.kind !== 'arxiv' || !title)
    throw new ApiFormatError('arXiv', `an entry without an arXiv id or title (id ${JSON.stringify(idUrl)})`);
  const authors = ((entry.author as Node[] | undefined) ?? [])
    .map((author) => authorFromName(text(author.name) ?? ''))
    .filter((author): author is Author => author !== undefined);
  const published = text(entry.published)?.slice(0, 10);
  const category = apiText((entry['arxiv:primary_category'] as Node | undefined)?.term);
  const doi = text(entry['arxiv:doi']);
  const paper: ArxivRecord['paper'] = {
    arxiv: reference.arxiv,
    title,
    ...optional('abstract', text(entry.summary)),
    ...(authors.length > 0 ? { authors } : {}),
    ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published)
      ? { date: { precision: 'day' as const, value: published } }
      : {}),
    ...optional('arxivCategory', category),
    ...optional('doi', doi && !isArxivDoi(doi) ? doi : undefined),
  };
  return {
    paper,
    ...optional('version', reference.version),
    ...optional('journalRef', text(entry['arxiv:journal_ref'])),
  };
}

// An element's text: the parser gives a string, or an object with `#text` when it has attributes
// (arXiv's own elements carry their namespace declaration: <arxiv:doi xmlns:arxiv="…">).
function text(node: unknown): string | undefined {
  return apiText(node !== null && typeof node === 'object' ? (node as Node)['#text'] : node);
}
