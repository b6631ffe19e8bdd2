/**
 * Reads a structured input file for ingest: a reference export (BibTeX, CSL-JSON, RIS), Hugging Face
 * API JSON or an id list, told by its content. What is merged, and how, is planned in
 * src/lib/merge/reference-merge.ts.
 */
import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import type { ReadInput } from '../../src/lib/merge/reference-merge.ts';
import { detectFormat, readReferences, ReferenceError, type InputFormat } from '../../src/lib/references/index.ts';
import type { ValueSource } from '../../src/lib/schema.ts';

/** Reference exports count as the curators' export; API captures and id lists as listing (digest) data. */
const SOURCE_OF: Record<Exclude<InputFormat, 'listing'>, ValueSource> = {
  bibtex: 'export',
  'csl-json': 'export',
  ris: 'export',
  'hf-json': 'digest',
  'id-list': 'digest',
};

/**
 * Reads a file when its content is a structured format (reference export, API JSON, id list): its
 * records, or its problems in `diagnostics`. A listing capture, or a file that cannot be read or
 * decoded, is left to the listing reader, which reports such problems. The listing reader gets what
 * was read (`listing`), so a 10,000-paper capture is read and decoded once, not twice.
 */
export async function readStructuredFile(
  path: string,
  file: string,
  diagnostics: Diagnostic[],
): Promise<StructuredRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return { isStructured: false };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { isStructured: false, listing: { bytes } };
  }
  const { format } = detectFormat(text);
  if (format === 'listing') return { isStructured: false, listing: { bytes, text } };
  return { isStructured: true, input: await readStructuredInput(text, file, format, diagnostics) };
}

/** What `readStructuredFile` found: a structured input, or what a listing reader can start from. */
export interface StructuredRead {
  isStructured: boolean;
  input?: ReadInput;
  listing?: ListingRead;
}

/** A file's bytes as read, and their text when they are valid UTF-8. */
export interface ListingRead {
  bytes: Uint8Array;
  text?: string;
}

/** Reads one structured input into records with their source; bad input lands in `diagnostics`. */
export async function readStructuredInput(
  text: string,
  file: string,
  format: Exclude<InputFormat, 'listing'>,
  diagnostics: Diagnostic[],
): Promise<ReadInput | undefined> {
  try {
    const parsed = await readReferences(text, file, format);
    diagnostics.push(...parsed.diagnostics);
    return { file, source: SOURCE_OF[format], records: parsed.records, format };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    diagnostics.push(...error.diagnostics);
    return undefined;
  }
}
