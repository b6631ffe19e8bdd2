/**
 * `npm run check [-- --content DIR]`
 * Validates the whole tree — schema, file paths, duplicates, the URL ledger, commentary (restricted
 * MDX, internal links) — and reports every problem at once; lists the review queue as warnings.
 * Exits 1 when there is any error.
 */
import { parseArgs } from 'node:util';
import { checkTree } from '../src/lib/check/check-tree.ts';
import { formatDiagnostic } from '../src/lib/diagnostics.ts';
import { readContentTree } from '../src/loaders/read-content-tree.ts';
import { runCli } from './lib/run-cli.ts';
import { countLabel } from '../src/lib/text/plural.ts';

const USAGE =
  'usage: npm run check -- [--content DIR] [--quiet]\n  validates every entry under DIR/papers/ (default: content) and the URL ledger';

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      content: { type: 'string', default: 'content' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const input = await readContentTree(values.content);
  if (input.files.length === 0) {
    console.error(`error: no entries found under ${values.content}/papers/\n${USAGE}`);
    return 2;
  }
  const { errors, warnings } = checkTree(input);
  for (const error of errors) console.error(`${formatDiagnostic(error)}\n`);
  if (warnings.length > 0 && !values.quiet) {
    console.log(
      `Review queue: ${countLabel(warnings.length, 'item', 'items')} to review: themes the classifier was unsure of, published versions enrich found (warnings, not errors)\n`,
    );
    for (const warning of warnings) console.log(`${formatDiagnostic(warning)}\n`);
  }
  const summary = `${input.files.length} entries checked: ${countLabel(errors.length, 'error', 'errors')}, ${countLabel(warnings.length, 'warning', 'warnings')}`;
  if (errors.length > 0) {
    console.error(`${summary}. Fix the errors above and run npm run check again.`);
    return 1;
  }
  console.log(`${summary}. All good.`);
  return 0;
});
