import { paperPath } from '../links.ts';

/** The absolute URL of an entry's page: the survey's home URL plus `papers/<slug>/`. */
export function entryUrl(siteUrl: string, slug: string): string {
  const home = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(paperPath(slug).slice(1), home).href;
}

/** The arXiv abstract page of an arXiv id such as `2203.03540`. */
export function arxivUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}
