import type { Diagnostic } from '../diagnostics.ts';

/** The error for a line whose bytes are not valid UTF-8: a paper on it cannot be imported as it was. */
export function invalidLineError(file: string, line: number): Diagnostic {
  return {
    severity: 'error',
    file,
    line,
    message: 'the line has bytes that are not valid UTF-8',
    expected: 'UTF-8 text',
    found: 'invalid bytes (elinks, for one, writes some combining marks this way)',
    fix: 'copy the listing again with another tool, or correct the characters of this line',
  };
}
