import { SEMANTIC_SCHOLAR_FIELDS } from './semantic-scholar.ts';
import type { ApiName } from './combine-findings.ts';

/** Where each API lives; tests and mirrors point these elsewhere. */
export type ApiBases = Record<ApiName, string>;

/** The public APIs, as documented. */
export const DEFAULT_API_BASES: ApiBases = {
  arXiv: 'https://export.arxiv.org/api',
  'Hugging Face': 'https://huggingface.co/api',
  'Semantic Scholar': 'https://api.semanticscholar.org/graph/v1',
  Crossref: 'https://api.crossref.org',
};

/** The environment variable that overrides each API's base URL. */
export const API_BASE_VARIABLES: Record<ApiName, string> = {
  arXiv: 'ENRICH_ARXIV_API',
  'Hugging Face': 'ENRICH_HUGGINGFACE_API',
  'Semantic Scholar': 'ENRICH_SEMANTIC_SCHOLAR_API',
  Crossref: 'ENRICH_CROSSREF_API',
};

const join = (base: string, path: string) => `${base.replace(/\/+$/, '')}${path}`;

/** The request URLs enrich makes, one builder per question it asks. */
export function apiRequests(bases: ApiBases, mailto?: string) {
  const polite = mailto ? `&mailto=${encodeURIComponent(mailto)}` : '';
  return {
    /** arXiv's feed for one id (`id_list`). */
    arxivById: (arxiv: string) => join(bases.arXiv, `/query?id_list=${encodeURIComponent(arxiv)}&max_results=1`),
    /** arXiv's feed for several ids at once (one request instead of one every 3 s per paper). */
    arxivByIds: (ids: string[]) =>
      join(bases.arXiv, `/query?id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`),
    /** arXiv's feed for an exact-phrase title search (`ti:"…"`). */
    arxivByTitle: (title: string) =>
      join(
        bases.arXiv,
        `/query?search_query=${encodeURIComponent(`ti:"${title.replace(/["\\]/g, ' ')}"`)}&max_results=5`,
      ),
    /** Hugging Face's paper page data. */
    huggingFace: (arxiv: string) => join(bases['Hugging Face'], `/papers/${encodeURIComponent(arxiv)}`),
    /** Semantic Scholar's paper by arXiv id or DOI. */
    semanticScholar: (id: { arxiv?: string; doi?: string }) =>
      join(
        bases['Semantic Scholar'],
        `/paper/${id.arxiv ? `ARXIV:${id.arxiv}` : `DOI:${id.doi}`}?fields=${SEMANTIC_SCHOLAR_FIELDS}`,
      ),
    /** Crossref's work for a DOI. */
    crossrefWork: (doi: string) =>
      join(
        bases.Crossref,
        `/works/${doi.split('/').map(encodeURIComponent).join('/')}${mailto ? `?mailto=${encodeURIComponent(mailto)}` : ''}`,
      ),
    /** Crossref's best matches for a title. */
    crossrefByTitle: (title: string) =>
      join(bases.Crossref, `/works?query.bibliographic=${encodeURIComponent(title)}&rows=5${polite}`),
  };
}

/** The request builders of {@link apiRequests}. */
export type ApiRequests = ReturnType<typeof apiRequests>;
