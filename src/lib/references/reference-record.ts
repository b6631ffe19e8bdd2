import { DiagnosticError, type Diagnostic } from '../diagnostics.ts';
import type { IncomingPaper } from '../merge/merge-paper.ts';

/** The kinds of input `npm run ingest` reads, told apart by content (see `detectFormat`). */
export type InputFormat = 'listing' | 'bibtex' | 'csl-json' | 'ris' | 'hf-json' | 'id-list';

/** One paper read from a reference export, an API capture or an id list, with where it starts. */
export interface ReferenceRecord {
  paper: IncomingPaper;
  /** 1-based line where the record starts in its file. */
  line: number;
  /** The record's own key (BibTeX key, CSL id), when it has one: for messages. */
  key?: string;
  /** Listing data that only some inputs carry (Hugging Face API JSON). */
  extra?: { upvotes?: number; comments?: number; organization?: { slug: string; name: string } };
}

/** What a reader found in one file: its records in order, and warnings. */
export interface ParsedReferences {
  format: Exclude<InputFormat, 'listing'>;
  records: ReferenceRecord[];
  diagnostics: Diagnostic[];
}

/** Thrown for input that cannot be read at all or in part; carries diagnostics that name file and line. */
export class ReferenceError extends DiagnosticError {
  override name = 'ReferenceError';
}

/** The 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
