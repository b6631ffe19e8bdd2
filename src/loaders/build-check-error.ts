import { AstroError } from 'astro/errors';
import { formatDiagnostics, type Diagnostic } from '../lib/diagnostics.ts';
import { countLabel } from '../lib/text/plural.ts';

/**
 * Stops a build over problems in the survey's content, printed as `npm run check` prints them (file,
 * line, expected, found, fix) and nothing else: no stack trace, since the fault is in the input,
 * not in the code.
 */
export class BuildCheckError extends AstroError {
  constructor(diagnostics: Diagnostic[]) {
    const count = countLabel(diagnostics.length, 'problem', 'problems');
    super(
      `The survey's content has ${count}; nothing was built.\n\n${formatDiagnostics(diagnostics)}\n`,
      'Fix each problem above, then build again. npm run check lists the same problems without building.',
    );
    this.name = 'ContentCheck';
    // Astro prints a stack trace whenever an error has one; this error's location is in the message.
    this.stack = '';
  }
}
