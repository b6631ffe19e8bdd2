import { idFromLine } from './read-id-list.ts';
import type { InputFormat } from './reference-record.ts';

/** A detected format and the evidence for it, for messages. */
export interface DetectedFormat {
  format: InputFormat;
  reason: string;
}

/**
 * Tells an input's format from its content, never from its file name: JSON (Hugging Face API items,
 * else CSL-JSON), RIS (`TY  - ` first), BibTeX (an `@type{` entry first, after `%` comments), an id
 * list (every line an arXiv id, paper URL or DOI), else a papers listing capture.
 *
 * @example
 * detectFormat('% export\n@misc{key,\n  title = {T}\n}').format // 'bibtex'
 */
export function detectFormat(text: string): DetectedFormat {
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split(/\r?\n/).map((line) => line.trim());
  const first = lines.find((line) => line !== '' && !line.startsWith('%'));
  if (first === undefined) return { format: 'listing', reason: 'the file is empty' };
  const value = parsedJson(body);
  // Markdown captures start with "[" too ("[![Hugging Face](…)](/)"): only text that parses as JSON, or
  // opens an array or object with a string, object or array, is taken for JSON.
  if (value !== undefined || /^[[{]\s*(?:[{["\]}]|$)/.test(first)) {
    if (value === undefined)
      return { format: 'csl-json', reason: 'it starts like JSON (it does not parse; the reader says where)' };
    return looksLikeHfJson(value)
      ? { format: 'hf-json', reason: 'JSON items with a Hugging Face "paper" object' }
      : { format: 'csl-json', reason: 'JSON that is not Hugging Face API output: read as CSL-JSON' };
  }
  if (/^TY {2}-/.test(first)) return { format: 'ris', reason: 'it starts with an RIS "TY  - " tag' };
  if (/^@[a-z]+\s*[{(]/i.test(first))
    return { format: 'bibtex', reason: `it starts with the BibTeX entry ${first.slice(0, 30)}` };
  const content = lines.filter((line) => line !== '' && !line.startsWith('#'));
  if (content.length > 0 && content.every((line) => idFromLine(line) !== undefined)) {
    return { format: 'id-list', reason: `every line is an arXiv id, paper URL or DOI (${content.length})` };
  }
  return { format: 'listing', reason: 'none of the structured formats: read as a papers listing capture' };
}

/** Whether parsed JSON looks like Hugging Face papers API output: items with a `paper`, or papers with `summary`. */
export function looksLikeHfJson(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return false;
  const item = first as Record<string, unknown>;
  return (
    (typeof item.paper === 'object' && item.paper !== null) ||
    (typeof item.summary === 'string' && typeof item.id === 'string' && 'publishedAt' in item)
  );
}

function parsedJson(text: string): unknown {
  const start = text.trimStart()[0];
  if (start !== '[' && start !== '{') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
