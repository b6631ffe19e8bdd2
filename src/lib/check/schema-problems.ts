import type { Diagnostic } from '../diagnostics.ts';
import { schemaIssues } from '../schema-issues.ts';
import type { CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/** Schema errors of one entry, each at the line of its field, in words a contributor can act on. */
export function schemaProblems(file: CheckedFile): Diagnostic[] {
  if (!file.data) return [];
  return schemaIssues(file.data).map(({ path, field: _field, ...said }) => ({
    severity: 'error',
    file: file.file,
    line: fieldLine(file.text, path),
    ...said,
  }));
}
