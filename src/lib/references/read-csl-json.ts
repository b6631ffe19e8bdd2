import { Ajv, type ErrorObject } from 'ajv';
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { Diagnostic } from '../diagnostics.ts';
import cslDataSchema from './csl-data.schema.json' with { type: 'json' };
import { cslItemToPaper, type CslItem } from './csl-to-paper.ts';
import { parseJsonWithLines } from './json-with-lines.ts';
import { lineAt, ReferenceError, type ParsedReferences } from './reference-record.ts';

// The official CSL 1.0 input schema (citation-style-language/schema, MIT; see csl-data.schema.LICENSE.txt),
// checked by Ajv: an export that is not CSL-JSON is refused with the item and field at fault.
const ajv = new Ajv({ allErrors: true, strict: false });
const validateCsl = ajv.compile(cslDataSchema);

/** Reads a CSL-JSON file (an array of items, as Zotero, citation.js and pandoc write it). */
export function readCslJson(text: string, file: string): ParsedReferences {
  const { value, tree } = parseJsonWithLines(text, file);
  const items = Array.isArray(value) ? value : [value];
  if (!validateCsl(items)) {
    throw new ReferenceError(
      (validateCsl.errors ?? [])
        .slice(0, 20)
        .map((error) => schemaDiagnostic(error, text, tree, file, Array.isArray(value))),
    );
  }
  const records = (items as CslItem[]).map((item, index) => {
    const node = Array.isArray(value) ? findNodeAtLocation(tree, [index]) : tree;
    return {
      paper: cslItemToPaper(item),
      line: node ? lineAt(text, node.offset) : 0,
      key: item.id === undefined ? undefined : String(item.id),
    };
  });
  return { format: 'csl-json', records, diagnostics: [] as Diagnostic[] };
}

function schemaDiagnostic(error: ErrorObject, text: string, tree: Node, file: string, isArray: boolean): Diagnostic {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const node = findNodeAtLocation(tree, isArray ? path : path.slice(1));
  const field = path.slice(1).join('.') || 'the item';
  const allowed =
    error.keyword === 'enum'
      ? ` (one of ${(error.params as { allowedValues: unknown[] }).allowedValues.slice(0, 8).join(', ')}…)`
      : '';
  return {
    severity: 'error',
    file,
    line: node ? lineAt(text, node.offset) : 0,
    message: `item ${String(path[0] ?? 0)}, ${field}: ${error.message ?? 'not valid CSL-JSON'}${allowed}`,
    expected: 'CSL-JSON as defined by the CSL 1.0 input schema',
    found: node ? text.slice(node.offset, node.offset + Math.min(node.length, 60)) : undefined,
    fix: 'export CSL-JSON again from the reference manager, or correct this field',
  };
}
