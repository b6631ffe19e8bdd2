/**
 * `npm run new` (asks question by question) or
 * `npm run new -- --title "…" --abstract "…" --date 2025-05-02 [--authors 4 | --org "slug Name"] [--arxiv 2501.01234] [--theme imaging]`
 * Adds one entry: makes its slug, suggests a theme with the classifier and says why, writes
 * content/papers/<theme>/<slug>.mdx atomically and appends its URL to the ledger. Refuses a paper
 * that is already in the survey, naming the entry.
 */
import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { entryToMdx } from '../src/lib/entry-file.ts';
import { paperPath } from '../src/lib/links.ts';
import { draftEntry, explainVerdict, findExisting, type KnownEntry, type NewPaper } from '../src/lib/new-entry/draft-entry.ts';
import { EntrySchema } from '../src/lib/schema.ts';
import { uniqueSlug } from '../src/lib/slug.ts';
import { themesConfig } from '../src/lib/themes.ts';
import { askPaper, alreadyThere } from './lib/new/ask-paper.ts';
import { appendToLedger, LEDGER_FILE } from './lib/ledger.ts';
import { FLAG_OF_FIELD, paperFromFlags } from './lib/new/paper-from-flags.ts';
import { readEntries } from './lib/read-entries.ts';
import { runCli } from './lib/run-cli.ts';
import { todayIso } from './lib/today.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';

const USAGE = `usage: npm run new                      (asks question by question)
       npm run new -- --title "…" --abstract "…" --date 2025-05-02 [--authors 4 | --org "slug Name"] [--arxiv 2501.01234] [--theme ${themesConfig.themes.map((theme) => theme.id).join('|')}] [--content DIR]`;

const text = { type: 'string' } as const;
const OPTIONS = { title: text, abstract: text, date: text, authors: text, org: text, arxiv: text, theme: text, content: { type: 'string', default: 'content' }, help: { type: 'boolean', short: 'h' } } as const;
const FLAGS = ['title', 'abstract', 'date', 'authors', 'org', 'arxiv', 'theme'] as const;

await runCli(USAGE, async () => {
  const { values } = parseArgs({ options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const contentDir = values.content;
  // Entries with no slug or title yet (being written by hand) cannot be matched; npm run check reports them.
  const known: KnownEntry[] = (await readEntries(contentDir)).flatMap(({ file, data }) => (typeof data.slug === 'string' && typeof data.title === 'string' ? [{ ...(data as unknown as KnownEntry), file }] : []));
  const interactive = FLAGS.every((name) => values[name] === undefined);
  let paper: NewPaper;
  if (interactive) {
    try {
      paper = await askPaper(known);
    } catch (error) {
      // Ctrl-C, or the end of scripted input, before the last answer.
      if (error instanceof Error && error.name === 'ExitPromptError') {
        console.error('\nStopped before the last question: nothing was written.');
        return 130;
      }
      throw error;
    }
  } else {
    const fromFlags = paperFromFlags(values);
    if (!fromFlags.paper) {
      console.error(`${fromFlags.problems.map((problem) => `error: ${problem}`).join('\n')}\nnothing was written.\n${USAGE}`);
      return 2;
    }
    paper = fromFlags.paper;
  }
  const duplicate = alreadyThere(findExisting(known, paper));
  if (duplicate) {
    console.error(`error: ${duplicate}\nnothing was written.`);
    return 1;
  }

  const slug = uniqueSlug(paper.title, new Set(known.flatMap((entry) => [entry.slug, ...(entry.aliases ?? [])])));
  const { entry, verdict } = draftEntry(paper, slug, todayIso());
  const checked = EntrySchema.safeParse(entry);
  if (!checked.success) {
    for (const issue of checked.error.issues) console.error(`error: ${FLAG_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0])}: ${issue.message}`);
    console.error('nothing was written.');
    return 1;
  }
  if (!interactive) console.log(explainVerdict(verdict, themesConfig.reviewMargin).join('\n'));
  if (paper.theme && paper.theme !== verdict.theme) console.log(`Your theme, ${paper.theme}, is kept: a curator's choice always wins.`);

  const path = join(contentDir, 'papers', checked.data.theme, `${slug}.mdx`);
  const shown = relative(process.cwd(), path) || path;
  if (await exists(path)) {
    console.error(`error: ${shown} already exists; nothing was written. Run npm run check to see why.`);
    return 1;
  }
  await writeFilesAtomically([{ path, content: entryToMdx(entry) }]);
  await appendToLedger(contentDir, [paperPath(slug)]);
  console.log(`Wrote ${shown} (its URL: ${paperPath(slug)}, added to ${join(contentDir, LEDGER_FILE)}).`);
  console.log('Next: write your commentary below the frontmatter if you like (see CONTRIBUTING.md), then run npm run check.');
  return 0;
});

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
