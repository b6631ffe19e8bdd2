/** How bad a finding is: an error stops the run and writes nothing; a warning is reported and the run goes on. */
export type Severity = 'error' | 'warning';

/**
 * A problem found in an input, written for the person who has to fix it:
 * where (file, line), what was expected, what was found and how to fix it.
 */
export interface Diagnostic {
  severity: Severity;
  file: string;
  /** 1-based line number; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
  expected?: string;
  found?: string;
  fix?: string;
}

/** Formats a diagnostic as `file:line: severity: message` followed by indented details. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = diagnostic.line > 0 ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
  const lines = [`${where}: ${diagnostic.severity}: ${diagnostic.message}`];
  if (diagnostic.expected) lines.push(`  expected: ${diagnostic.expected}`);
  if (diagnostic.found) lines.push(`  found:    ${diagnostic.found}`);
  if (diagnostic.fix) lines.push(`  fix:      ${diagnostic.fix}`);
  return lines.join('\n');
}

/** Formats several diagnostics, a blank line between two, as the build and `npm run check` list them. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], separator = '\n\n'): string {
  return diagnostics.map(formatDiagnostic).join(separator);
}

/**
 * The one error class for bad input: it carries the diagnostics that say where and how to fix it, and
 * every CLI (`runCli`) and the build print those and no stack trace. Readers throw a subclass that
 * names what they read (`DigestError`, `ReferenceError`, `EntryFileError`), for callers that recover
 * from one kind only.
 */
export class DiagnosticError extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    message = formatDiagnostics(diagnostics, '\n'),
  ) {
    super(message);
    this.name = 'DiagnosticError';
  }
}

/** Shortens a line of input for quoting in a message. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
