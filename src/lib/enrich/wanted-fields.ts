import type { PaperLink, SourcedField } from '../schema.ts';

/** What enrich knows of a paper before asking: an entry, or the little a pasted URL gives `npm run new`. */
export interface KnownPaper {
  title?: string;
  abstract?: string;
  authors?: unknown[];
  date?: unknown;
  arxiv?: string;
  arxivCategory?: string;
  doi?: string;
  venue?: unknown;
  links?: PaperLink[];
}

// The kinds of link the Hugging Face papers API can give.
const API_LINK_KINDS: Array<PaperLink['kind']> = ['code', 'project', 'huggingface'];

/** The fields an API could still fill: those without a value (links: when a kind the APIs give is missing). */
export function wantedFields(paper: KnownPaper): Set<SourcedField> {
  const wanted = new Set<SourcedField>();
  for (const field of ['title', 'abstract', 'date', 'arxiv', 'arxivCategory', 'doi', 'venue'] as const)
    if (paper[field] === undefined) wanted.add(field);
  if (!paper.authors || paper.authors.length === 0) wanted.add('authors');
  const kinds = new Set((paper.links ?? []).map((link) => link.kind));
  if (API_LINK_KINDS.some((kind) => !kinds.has(kind))) wanted.add('links');
  return wanted;
}
