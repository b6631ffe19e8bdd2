/**
 * An arXiv id as an entry stores it: no `arXiv:` prefix, no `abs/` URL, no version.
 *
 * @example
 * canonicalArxiv('https://arxiv.org/abs/2501.01234v2') // '2501.01234'
 */
export function canonicalArxiv(id: string): string {
  return arxivIdFrom(id) ?? id.trim();
}

/**
 * A DOI as an entry stores it: no resolver URL, no `doi:` prefix. DOIs are case-insensitive, so
 * comparisons use `comparableDoi`.
 *
 * @example
 * canonicalDoi('https://doi.org/10.1038/S41746-022-00742-2') // '10.1038/S41746-022-00742-2'
 */
export function canonicalDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '');
}

/** A DOI reduced for comparison: canonical and lower-case. */
export function comparableDoi(doi: string): string {
  return canonicalDoi(doi).toLowerCase();
}

/** An arXiv id, new style (`2501.01234`) or old style (`cs/0601001`, `math.GT/0309136`), version allowed. */
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?`;

const ARXIV_IN_TEXT = [
  new RegExp(String.raw`^${ARXIV_ID}$`),
  new RegExp(String.raw`^arxiv:\s*${ARXIV_ID}$`, 'i'),
  new RegExp(
    String.raw`^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/${ARXIV_ID}(?:\.pdf)?\/?(?:[?#].*)?$`,
    'i',
  ),
  new RegExp(String.raw`^https?:\/\/(?:www\.)?huggingface\.co\/papers\/${ARXIV_ID}\/?(?:[?#].*)?$`, 'i'),
  new RegExp(String.raw`^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?10\.48550\/arxiv\.${ARXIV_ID}$`, 'i'),
];

/**
 * The arXiv id that a string names, without version: a bare id, `arXiv:<id>`, an arXiv abs/pdf URL, a
 * Hugging Face paper URL, or arXiv's own DOI (`10.48550/arXiv.<id>`). Undefined for anything else.
 *
 * @example
 * arxivIdFrom('https://huggingface.co/papers/2503.22397') // '2503.22397'
 */
export function arxivIdFrom(text: string): string | undefined {
  const trimmed = text.trim();
  for (const pattern of ARXIV_IN_TEXT) {
    const match = pattern.exec(trimmed);
    if (match) return match[1];
  }
  return undefined;
}

/** Whether a DOI is arXiv's own DataCite DOI, which names the preprint and not a published version. */
export function isArxivDoi(doi: string): boolean {
  return /^10\.48550\/arxiv\./i.test(canonicalDoi(doi));
}
