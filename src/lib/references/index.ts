import { readBibtex } from './read-bibtex.ts';
import { readCslJson } from './read-csl-json.ts';
import { readHfJson } from './read-hf-json.ts';
import { readIdList } from './read-id-list.ts';
import { readRis } from './read-ris.ts';
import type { InputFormat, ParsedReferences } from './reference-record.ts';

export { detectFormat, type DetectedFormat } from './detect-format.ts';
export { ReferenceError, type InputFormat, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';

const READERS: Record<Exclude<InputFormat, 'listing'>, (text: string, file: string) => ParsedReferences> = {
  bibtex: readBibtex,
  'csl-json': readCslJson,
  ris: readRis,
  'hf-json': readHfJson,
  'id-list': readIdList,
};

/** Reads a file of a structured format (all but listing captures) into records; throws `ReferenceError` on bad input. */
export function readReferences(text: string, file: string, format: Exclude<InputFormat, 'listing'>): ParsedReferences {
  return READERS[format](text, file);
}
