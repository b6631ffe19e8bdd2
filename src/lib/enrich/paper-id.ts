/** A paper named by an identifier: its arXiv id (without version) or its DOI. */
export type PaperReference = { kind: 'arxiv'; arxiv: string; version?: number } | { kind: 'doi'; doi: string };

const NEW_ARXIV = /^(\d{4}\.\d{4,5})(?:v(\d+))?$/;
const OLD_ARXIV = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;
const DOI = /^10\.\d{4,9}\/\S+$/;
// arXiv's own DataCite DOIs name the preprint, not a published version.
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * Reads what a curator pastes: an arXiv, Hugging Face or DOI URL, an `arXiv:` or `doi:` reference,
 * or a bare id. Returns undefined for anything else.
 *
 * @example
 * parsePaperReference('https://arxiv.org/abs/2501.01234v2') // { kind: 'arxiv', arxiv: '2501.01234', version: 2 }
 * parsePaperReference('https://huggingface.co/papers/2501.01234') // { kind: 'arxiv', arxiv: '2501.01234' }
 * parsePaperReference('https://doi.org/10.1038/s41746-022-00742-2') // { kind: 'doi', doi: '10.1038/s41746-022-00742-2' }
 */
export function parsePaperReference(text: string): PaperReference | undefined {
  const value = text.trim();
  const url = parseHttpUrl(value);
  if (url) return referenceFromUrl(url);
  if (/^arxiv:/i.test(value)) return arxivReference(value.slice(6).trim());
  if (/^doi:/i.test(value)) return doiReference(value.slice(4).trim());
  return arxivReference(value) ?? doiReference(value);
}

/** Whether a DOI is arXiv's own DOI for a preprint (`10.48550/arXiv.…`), which is no published version. */
export function isArxivDoi(doi: string): boolean {
  return ARXIV_DOI.test(doi);
}

/** An arXiv id, without version, from any of the forms arXiv prints (`2501.01234v2`, `cs/0601001`). */
export function arxivReference(text: string): PaperReference | undefined {
  const match = NEW_ARXIV.exec(text) ?? OLD_ARXIV.exec(text);
  if (!match) return undefined;
  return match[2]
    ? { kind: 'arxiv', arxiv: match[1]!, version: Number(match[2]) }
    : { kind: 'arxiv', arxiv: match[1]! };
}

function doiReference(text: string): PaperReference | undefined {
  if (!DOI.test(text)) return undefined;
  const arxiv = ARXIV_DOI.exec(text);
  if (arxiv) return arxivReference(arxiv[1]!);
  return { kind: 'doi', doi: text };
}

function parseHttpUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function referenceFromUrl(url: URL): PaperReference | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const match = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?$/.exec(path);
    return match ? arxivReference(match[1]!) : undefined;
  }
  if (host === 'huggingface.co' || host === 'hf.co') {
    const match = /^\/papers\/([^/]+?)(?:\.md)?$/.exec(path);
    return match ? arxivReference(match[1]!) : undefined;
  }
  if (host === 'doi.org' || host === 'dx.doi.org') return doiReference(path.slice(1));
  return undefined;
}
