import type { IncomingPaper } from '../merge/merge-paper.ts';
import { SOURCED_FIELDS, type PaperLink, type SourcedField } from '../schema.ts';

/** The APIs enrich asks, by the name people know them by. */
export const API_NAMES = ['arXiv', 'Hugging Face', 'Semantic Scholar', 'Crossref'] as const;
/** One of the APIs enrich asks. */
export type ApiName = (typeof API_NAMES)[number];

/** What one API said about a paper, and the title of its record (to check it is the same paper). */
export interface Finding {
  api: ApiName;
  paper: IncomingPaper;
  recordTitle?: string;
}

// For each field, the APIs in the order they are believed: arXiv holds what authors submitted, Hugging
// Face mirrors it and adds links, Crossref holds what publishers registered for a DOI.
const PRECEDENCE: Record<SourcedField, ApiName[]> = {
  title: ['arXiv', 'Hugging Face', 'Crossref'],
  abstract: ['arXiv', 'Hugging Face'],
  authors: ['arXiv', 'Hugging Face', 'Crossref'],
  date: ['arXiv', 'Hugging Face', 'Crossref'],
  arxiv: ['arXiv', 'Hugging Face', 'Semantic Scholar'],
  arxivCategory: ['arXiv'],
  doi: ['arXiv', 'Semantic Scholar', 'Crossref'],
  venue: ['Crossref', 'Semantic Scholar'],
  links: ['Hugging Face'],
};

/**
 * One paper from what several APIs said: each field from the most trusted API that gave it (links
 * are the union, without repeats), with the API each value came from, for the report.
 */
export function combineFindings(findings: Finding[]): {
  paper: IncomingPaper;
  from: Partial<Record<SourcedField, ApiName>>;
} {
  const paper: Record<string, unknown> = {};
  const from: Partial<Record<SourcedField, ApiName>> = {};
  for (const field of SOURCED_FIELDS) {
    if (field === 'links') continue;
    for (const api of PRECEDENCE[field]) {
      const value = findings.find((finding) => finding.api === api && finding.paper[field] !== undefined)?.paper[field];
      if (value === undefined) continue;
      paper[field] = value;
      from[field] = api;
      break;
    }
  }
  const links = uniqueLinks(findings.flatMap((finding) => finding.paper.links ?? []));
  if (links.length > 0) {
    paper.links = links;
    from.links = findings.find((finding) => (finding.paper.links ?? []).length > 0)!.api;
  }
  return { paper: paper as IncomingPaper, from };
}

function uniqueLinks(links: PaperLink[]): PaperLink[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.kind} ${link.url.replace(/\/+$/, '').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
