import { DiagnosticError, formatDiagnostics } from '../../src/lib/diagnostics.ts';

/**
 * Runs a CLI's main function and turns its outcome into an exit code. Problems with the user's input
 * arrive as a `DiagnosticError` (an entry file, a digest, a reference export…) and print as its
 * diagnostics; only a real bug prints a stack trace.
 */
export async function runCli(usage: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof DiagnosticError) {
      console.error(formatDiagnostics(error.diagnostics, '\n'));
      process.exitCode = 1;
    } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`error: ${error.message}\n${usage}`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  }
}
