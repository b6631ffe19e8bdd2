import type { Diagnostic } from '../diagnostics.ts';
import { bodyFirstLine, parseBody, type BodyProblem } from '../restricted-mdx/parse-body.ts';
import { findRefusals } from '../restricted-mdx/policy.ts';
import type { RouteKind } from '../routes.ts';
import type { CheckedFile } from './check-input.ts';
import { brokenInternalLinks } from './internal-links.ts';

/**
 * Problems in an entry's commentary, at their lines in the file: anything the restricted-MDX policy
 * refuses (parsed with remark-mdx, never evaluated), a body that is not valid MDX, and broken internal links.
 */
export function bodyProblems(file: CheckedFile, routes: ReadonlyMap<string, RouteKind>): Diagnostic[] {
  if (file.body === undefined || file.body.trim() === '') return [];
  const parsed = parseBody(file.body);
  const found: BodyProblem[] = parsed.ok
    ? [...findRefusals(parsed.tree), ...brokenInternalLinks(parsed.tree, routes)]
    : [parsed.problem];
  const offset = bodyFirstLine(file.text, file.body) - 1;
  return found
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map(({ line, column: _column, ...problem }) => ({
      severity: 'error',
      file: file.file,
      line: line + offset,
      ...problem,
    }));
}
