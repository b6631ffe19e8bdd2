import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineAt, ReferenceError } from './reference-record.ts';

/** Parses JSON text with positions, so each problem and each item can be given its line. */
export function parseJsonWithLines(text: string, file: string): { value: unknown; tree: Node } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    throw new ReferenceError([
      {
        severity: 'error',
        file,
        line: first ? lineAt(text, first.offset) : 1,
        message: `the file is not valid JSON: ${first ? printParseErrorCode(first.error) : 'empty'}`,
        expected: 'JSON as the tool exported it',
        fix: 'export the file again; do not edit it by hand',
      },
    ]);
  }
  return { value: JSON.parse(text.replace(/^\uFEFF/, '')), tree };
}
