import { paperPath } from '../links.ts';
import type { Entry } from '../schema.ts';

/** The absolute URL of an entry's page: the survey's home URL plus `papers/<slug>/`. */
export function entryUrl(siteUrl: string, slug: string): string {
  const home = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(paperPath(slug).slice(1), home).href;
}

/** The arXiv abstract page of an arXiv id such as `2203.03540`. */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

/** The arXiv PDF of an arXiv id. */
export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

/** The resolver URL of a DOI such as `10.1038/s41746-022-00742-2`. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/').replace(/%3A/gi, ':')}`;
}

/** The Hugging Face papers page of an arXiv id. */
export function huggingFaceUrl(id: string): string {
  return `https://huggingface.co/papers/${id}`;
}

/** The Hugging Face page of a user or organisation (`umassnlp`), as a paper's byline links it. */
export function huggingFaceProfileUrl(slug: string): string {
  return `https://huggingface.co/${encodeURIComponent(slug)}`;
}

/**
 * The paper's own URL, the one a citation gives: the DOI of the published version, else its arXiv page.
 * Undefined when neither is known; a citation then has no URL rather than the survey's.
 */
export function paperUrl(entry: Pick<Entry, 'doi' | 'arxiv'>): string | undefined {
  if (entry.doi) return doiUrl(entry.doi);
  return entry.arxiv ? arxivUrl(entry.arxiv) : undefined;
}
