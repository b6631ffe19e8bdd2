/**
 * `npm run review` walks the curator's queue in the terminal: each entry no curator has confirmed,
 * the least certain first. For each it shows the paper, the classifier's reasons, related papers and
 * links; the curator accepts or changes the themes, writes an optional one-line note, skips or quits.
 * Every answer is written at once, atomically.
 *
 * Scripted: `npm run review -- --list [--json]`, and
 * `npm run review -- --slug <slug> (--accept | --theme <id> [--secondary a,b]) [--note "…"] [--json]`.
 */
import { parseArgs } from 'node:util';
import { EntrySchema, type Entry } from '../src/lib/schema.ts';
import { reviewQueueOf, type QueueItem } from '../src/lib/review/review-queue.ts';
import { decisionFromFlags } from '../src/lib/review/decision-from-flags.ts';
import { didYouMean } from '../src/lib/suggest.ts';
import { THEME_IDS } from '../src/lib/themes.ts';
import { readContentTree } from '../src/loaders/read-content-tree.ts';
import { reviewInteractively } from './lib/review/interactive.ts';
import { writeDecision } from './lib/review/write-decision.ts';
import { runCli } from './lib/run-cli.ts';
import { todayIso } from './lib/today.ts';
import { countLabel, plural } from '../src/lib/text/plural.ts';

const USAGE = `usage: npm run review                                   (walks the queue, asking)
       npm run review -- --list [--json]                     (prints the queue)
       npm run review -- --slug <slug> --accept [--note "…"] [--json]
       npm run review -- --slug <slug> --theme <${THEME_IDS.join('|')}> [--secondary <id,id>] [--note "…"] [--json]
options: --content DIR (default: content)`;

const OPTIONS = {
  list: { type: 'boolean' },
  json: { type: 'boolean' },
  slug: { type: 'string' },
  accept: { type: 'boolean' },
  theme: { type: 'string' },
  secondary: { type: 'string' },
  note: { type: 'string' },
  content: { type: 'string', default: 'content' },
  help: { type: 'boolean', short: 'h' },
} as const;

await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { entries, unreadable } = await readValidEntries(values.content);
  if (unreadable > 0)
    console.error(
      `${countLabel(unreadable, 'entry has', 'entries have')} problems and ${plural(unreadable, 'is', 'are')} left out of the review: run npm run check.`,
    );
  const queue = reviewQueueOf(entries);
  if (values.list) return listQueue(queue, Boolean(values.json));
  if (values.slug !== undefined) return decideOne(values, entries);
  if (values.accept || values.theme || values.secondary || values.note !== undefined) {
    console.error(`error: --accept, --theme, --secondary and --note need --slug <slug>\n${USAGE}`);
    return 2;
  }
  return reviewInteractively(values.content, queue, entries, todayIso());
});

async function readValidEntries(
  contentDir: string,
): Promise<{ entries: Array<{ file: string; path: string; entry: Entry }>; unreadable: number }> {
  const tree = await readContentTree(contentDir);
  const entries: Array<{ file: string; path: string; entry: Entry }> = [];
  for (const file of tree.files) {
    const parsed = file.data ? EntrySchema.safeParse(file.data) : undefined;
    if (parsed?.success) entries.push({ file: file.file, path: file.path, entry: parsed.data });
  }
  return { entries, unreadable: tree.files.length - entries.length };
}

function listQueue(queue: QueueItem[], json: boolean): number {
  if (json) {
    const items = queue.map(({ file, entry, verdict, why }) => ({
      slug: entry.slug,
      file,
      why,
      theme: entry.theme,
      secondaryThemes: entry.secondaryThemes,
      classifier: { theme: verdict.theme, margin: verdict.margin, scores: verdict.scores },
    }));
    console.log(JSON.stringify({ queue: items }, null, 2));
    return 0;
  }
  for (const { entry, verdict, why } of queue)
    console.log(
      `${entry.slug.padEnd(62)} ${entry.theme.padEnd(13)} margin ${String(Math.round(verdict.margin * 10) / 10).padStart(5)}${why === 'uncertain' ? '  unsure' : ''}`,
    );
  console.log(
    `${countLabel(queue.length, 'entry waits', 'entries wait')} for review (${queue.filter((item) => item.why === 'uncertain').length} unsure). Run npm run review to walk them.`,
  );
  return 0;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function decideOne(values: Values, entries: Array<{ file: string; path: string; entry: Entry }>): number {
  const found = entries.find(({ entry }) => entry.slug === values.slug);
  if (!found) {
    const guess = didYouMean(
      values.slug ?? '',
      entries.map(({ entry }) => entry.slug),
    );
    console.error(`error: no entry has the slug "${values.slug}"${guess ? `; did you mean "${guess}"?` : ''}`);
    return 2;
  }
  const decided = decisionFromFlags(values, found.entry);
  if (!('decision' in decided)) {
    console.error(`error: ${decided.problem}${decided.usage ? `\n${USAGE}` : ''}`);
    return 2;
  }
  const { entry } = found;
  const { decision } = decided;
  const { theme, secondaryThemes: secondary } = decision;
  const note = decision.note?.trim();
  const written = writeDecision(
    values.content ?? 'content',
    { path: found.path, slug: entry.slug },
    decision,
    todayIso(),
  );
  const result = {
    slug: entry.slug,
    file: written,
    theme,
    secondaryThemes: secondary,
    confirmed: todayIso(),
    ...(note ? { note } : {}),
  };
  console.log(
    values.json
      ? JSON.stringify(result, null, 2)
      : `${written}: confirmed ${theme}${secondary.length ? ` (also ${secondary.join(', ')})` : ''}${note ? `, note: ${note}` : ''}`,
  );
  return 0;
}
