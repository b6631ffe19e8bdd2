import type { Diagnostic } from '../diagnostics.ts';
import { arxivIdFrom, canonicalDoi } from '../merge/identifiers.ts';
import { ReferenceError, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';

const DOI = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i;

/** What one line of an id list names: an arXiv id (or arXiv/Hugging Face URL), or a DOI. */
export function idFromLine(line: string): { arxiv: string } | { doi: string } | undefined {
  const arxiv = arxivIdFrom(line);
  if (arxiv) return { arxiv };
  const doi = DOI.exec(line.trim());
  return doi ? { doi: canonicalDoi(doi[1]!) } : undefined;
}

/**
 * Reads a plain list of papers, one per line: arXiv ids, arXiv or Hugging Face paper URLs, or DOIs.
 * Blank lines and lines starting with `#` are skipped; any other line is an error naming it.
 *
 * @example
 * readIdList('2503.22397\nhttps://huggingface.co/papers/2203.03540\n', 'ids.txt').records.length // 2
 */
export function readIdList(text: string, file: string): ParsedReferences {
  const problems: Diagnostic[] = [];
  const records: ReferenceRecord[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const id = idFromLine(line);
      if (id) records.push({ paper: id, line: index + 1, key: line });
      else
        problems.push({
          severity: 'error',
          file,
          line: index + 1,
          message: 'not an arXiv id, arXiv or Hugging Face paper URL, or DOI',
          expected:
            '2503.22397, https://arxiv.org/abs/2503.22397, https://huggingface.co/papers/2503.22397 or 10.1038/…',
          found: JSON.stringify(line.slice(0, 80)),
          fix: 'put one id or URL on each line; start a comment with #',
        });
    });
  if (problems.length > 0) throw new ReferenceError(problems);
  return { format: 'id-list', records, diagnostics: [] };
}
