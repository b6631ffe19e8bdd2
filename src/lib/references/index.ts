import type { InputFormat, ParsedReferences } from './reference-record.ts';

export { detectFormat, type DetectedFormat } from './detect-format.ts';
export { ReferenceError, type InputFormat, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';

type Reader = (text: string, file: string) => ParsedReferences;

// Each reader loads its parser only when a file of its format comes: the BibTeX parser and the CSL
// schema validator take seconds to load, and most runs (a listing, `npm start`) need neither.
const READERS: Record<Exclude<InputFormat, 'listing'>, () => Promise<Reader>> = {
  bibtex: async () => (await import('./read-bibtex.ts')).readBibtex,
  'csl-json': async () => (await import('./read-csl-json.ts')).readCslJson,
  ris: async () => (await import('./read-ris.ts')).readRis,
  'hf-json': async () => (await import('./read-hf-json.ts')).readHfJson,
  'id-list': async () => (await import('./read-id-list.ts')).readIdList,
};

/** Reads a file of a structured format (all but listing captures) into records; rejects with `ReferenceError` on bad input. */
export async function readReferences(
  text: string,
  file: string,
  format: Exclude<InputFormat, 'listing'>,
): Promise<ParsedReferences> {
  return (await READERS[format]())(text, file);
}
