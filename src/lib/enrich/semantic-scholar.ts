import type { IncomingPaper } from '../merge/merge-paper.ts';
import type { Venue } from '../schema.ts';
import { ApiFormatError } from './api-error.ts';
import { apiText } from './api-text.ts';
import { optional } from './optional.ts';
import { arxivReference, isArxivDoi } from './paper-id.ts';
import { publishedVenue } from './venue-kind.ts';

/** The fields asked of the Semantic Scholar Graph API, and only those. */
export const SEMANTIC_SCHOLAR_FIELDS =
  'title,venue,year,externalIds,publicationVenue,journal,publicationTypes,publicationDate';

/**
 * Reads the Semantic Scholar Graph API's paper (`GET /graph/v1/paper/arXiv:<id>?fields=…`): the
 * DOI of the published version (`externalIds.DOI`, never arXiv's own DOI) and its venue
 * (`publicationVenue` with its `type`, else `journal.name`, else `venue`), unless that is a preprint server.
 */
export function semanticScholarToIncoming(json: unknown): IncomingPaper & { recordTitle?: string } {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new ApiFormatError('Semantic Scholar', 'expected a JSON object for the paper');
  const paper = json as Record<string, any>;
  if (typeof paper.paperId !== 'string')
    throw new ApiFormatError(
      'Semantic Scholar',
      `expected a "paperId", found ${JSON.stringify(Object.keys(paper).slice(0, 5))}`,
    );
  const ids = (paper.externalIds ?? {}) as Record<string, unknown>;
  const doi = apiText(ids.DOI);
  const arxiv = typeof ids.ArXiv === 'string' ? arxivReference(ids.ArXiv) : undefined;
  const name = apiText(paper.publicationVenue?.name) ?? apiText(paper.journal?.name) ?? apiText(paper.venue);
  return {
    ...optional('recordTitle', apiText(paper.title)),
    ...optional('arxiv', arxiv?.kind === 'arxiv' ? arxiv.arxiv : undefined),
    ...optional('doi', doi && !isArxivDoi(doi) ? doi : undefined),
    ...optional('venue', publishedVenue(name, venueKind(paper), paper.year)),
  };
}

function venueKind(paper: Record<string, any>): Venue['kind'] | undefined {
  const type = paper.publicationVenue?.type;
  if (type === 'journal' || type === 'conference') return type;
  const types: unknown[] = Array.isArray(paper.publicationTypes) ? paper.publicationTypes : [];
  if (types.includes('JournalArticle')) return 'journal';
  if (types.includes('Conference')) return 'conference';
  if (types.includes('Book') || types.includes('BookSection')) return 'book';
  return undefined;
}
