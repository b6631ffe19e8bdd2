/**
 * `npm run pr-summary -- --base <git ref>` prints the pull request's job summary (Markdown): the
 * entries it adds, changes, renames or removes compared with the base, their themes and whether a
 * curator confirmed them, and the check's findings. The PR workflow appends it to $GITHUB_STEP_SUMMARY.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkTree } from '../src/lib/check/check-tree.ts';
import { prSummary, type ChangedEntry } from '../src/lib/pr-summary.ts';
import { readContentTree } from '../src/loaders/read-content-tree.ts';
import { runCli } from './lib/run-cli.ts';

const USAGE =
  'usage: npm run pr-summary -- --base <git ref> [--content DIR]\n  prints Markdown for the pull request job summary';
const KINDS: Record<string, ChangedEntry['change']> = { A: 'added', M: 'changed', D: 'removed', R: 'renamed' };

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.base) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const tree = await readContentTree(values.content);
  const byFile = new Map(tree.files.map((file) => [file.file, file]));
  // Three dots: what the pull request's branch changed since it left the base.
  const diff = execFileSync(
    'git',
    ['diff', '--name-status', '-M', `${values.base}...HEAD`, '--', `${values.content}/papers`],
    { encoding: 'utf8' },
  );
  const changed: ChangedEntry[] = diff
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [status, ...paths] = line.split('\t');
      const file = paths.at(-1)!;
      const data = byFile.get(file)?.data;
      const text = (key: string) => (typeof data?.[key] === 'string' ? (data[key] as string) : undefined);
      return {
        change: KINDS[status[0]] ?? 'changed',
        file,
        title: text('title'),
        slug: text('slug'),
        theme: text('theme'),
        secondaryThemes: Array.isArray(data?.secondaryThemes) ? data.secondaryThemes.map(String) : undefined,
        confirmed: text('confirmed'),
      };
    });
  console.log(prSummary(changed, checkTree(tree)));
  return 0;
});
