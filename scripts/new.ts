/**
 * `npm run new` (asks question by question), `npm run new -- <arXiv, Hugging Face or DOI URL> [flags]`, or
 * `npm run new -- --title "…" --abstract "…" --date 2025-05-02 [--authors 4 | --org "slug Name"] [--arxiv 2501.01234] [--theme imaging]`
 * Adds one entry: makes its slug, suggests a theme with the classifier and says why, writes
 * content/papers/<theme>/<slug>.mdx atomically and appends its URL to the ledger. Refuses a paper
 * that is already in the survey, naming the entry. With a pasted URL and the network, the enrich
 * APIs fill the rest (the contributor's flags win); offline, it says what is missing and asks for it.
 */
import { access } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyPaper, type Classification } from '../src/lib/classify.ts';
import { alreadyThere, findExisting } from '../src/lib/contributor-input/already-there.ts';
import { flagsWithLookup, withLookup } from '../src/lib/contributor-input/from-lookup.ts';
import { flagSchemaProblems, paperFromFlags } from '../src/lib/contributor-input/paper-from-flags.ts';
import { entryFromPaper } from '../src/lib/entry-from-paper.ts';
import { appendToUrlLedger, namedEntries, readEntries } from '../src/lib/content-tree/files.ts';
import { entryFile, URL_LEDGER_FILE } from '../src/lib/content-tree/layout.ts';
import { entryToMdx } from '../src/lib/entry-file.ts';
import { explainVerdict } from '../src/lib/explain-verdict.ts';
import { paperPath } from '../src/lib/links.ts';
import { parsePaperReference } from '../src/lib/enrich/paper-id.ts';
import type { NewPaper } from '../src/lib/paper.ts';
import { takenSlugs, type KnownEntry } from '../src/lib/identity.ts';
import { EntrySchema, VENUE_KINDS } from '../src/lib/schema.ts';
import { uniqueSlug } from '../src/lib/slug.ts';
import { themesConfig } from '../src/lib/themes.ts';
import { askPaper } from './lib/ask-paper.ts';
import { laterListPages } from '../src/lib/routes.ts';
import { lookupReference } from './lib/enrich/lookup-reference.ts';
import { runCli } from './lib/run-cli.ts';
import { todayIso } from './lib/today.ts';
import { writeFilesAtomically } from './lib/write-atomic.ts';

const USAGE = `usage: npm run new                      (asks question by question)
       npm run new -- https://arxiv.org/abs/2501.01234v2   (or a huggingface.co/papers/… or doi.org/… URL; fills the rest online)
       npm run new -- --title "…" --abstract "…" --date 2025-05-02 [--authors 4 | --authors "Yang, Xi; Chen, Aokun" | --org "slug Name"]
                      [--arxiv 2501.01234] [--doi 10.…] [--venue "npj Digital Medicine" [--venue-kind ${VENUE_KINDS.join('|')}] [--venue-year 2022]]
                      [--theme ${themesConfig.themes.map((theme) => theme.id).join('|')}] [--content DIR]`;

const text = { type: 'string' } as const;
const OPTIONS = {
  title: text,
  abstract: text,
  date: text,
  authors: text,
  org: text,
  arxiv: text,
  doi: text,
  venue: text,
  'venue-kind': text,
  'venue-year': text,
  theme: text,
  content: { type: 'string', default: 'content' },
  help: { type: 'boolean', short: 'h' },
} as const;
const FLAGS = [
  'title',
  'abstract',
  'date',
  'authors',
  'org',
  'arxiv',
  'doi',
  'venue',
  'venue-kind',
  'venue-year',
  'theme',
] as const;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const reference = positionals[0] === undefined ? undefined : parsePaperReference(positionals[0]);
  if (positionals.length > 1 || (positionals[0] !== undefined && !reference)) {
    console.error(
      `error: expected one arXiv, Hugging Face or DOI URL (https://arxiv.org/abs/2501.01234v2, https://huggingface.co/papers/2501.01234, https://doi.org/10.…), found ${positionals.map((text) => `"${text}"`).join(' ')}\nnothing was written.\n${USAGE}`,
    );
    return 2;
  }
  const contentDir = values.content;
  const known: KnownEntry[] = namedEntries(await readEntries(contentDir));
  const pasted =
    reference &&
    alreadyThere(findExisting(known, reference.kind === 'arxiv' ? { arxiv: reference.arxiv } : { doi: reference.doi }));
  if (pasted) {
    console.error(`error: ${pasted}\nnothing was written.`);
    return 1;
  }
  const found = reference ? await lookupReference(reference) : {};
  const { flags, fromApis } = flagsWithLookup(values, reference, found);
  const noFlags = FLAGS.every((name) => values[name] === undefined);
  const complete = flags.title !== undefined && flags.abstract !== undefined && flags.date !== undefined;
  const interactive = noFlags && !(reference && complete);
  let paper: NewPaper;
  let asked: Classification | undefined;
  if (interactive) {
    try {
      ({ paper, verdict: asked } = await askPaper(known, {
        title: flags.title,
        abstract: flags.abstract,
        date: flags.date,
        arxiv: flags.arxiv,
        hasAuthors: (found.authors ?? []).length > 0,
      }));
    } catch (error) {
      // Ctrl-C, or the end of scripted input, before the last answer.
      if (error instanceof Error && error.name === 'ExitPromptError') {
        console.error('\nStopped before the last question: nothing was written.');
        return 130;
      }
      throw error;
    }
  } else {
    const fromFlags = paperFromFlags(flags);
    if (!fromFlags.paper) {
      const missing = reference ? 'The APIs did not give everything (see above); add what is missing as flags.\n' : '';
      console.error(
        `${missing}${fromFlags.problems.map((problem) => `error: ${problem}`).join('\n')}\nnothing was written.\n${USAGE}`,
      );
      return 2;
    }
    paper = fromFlags.paper;
  }
  const duplicate = alreadyThere(
    findExisting(known, { ...paper, doi: reference?.kind === 'doi' ? reference.doi : found.doi }),
  );
  if (duplicate) {
    console.error(`error: ${duplicate}\nnothing was written.`);
    return 1;
  }

  const slug = uniqueSlug(paper.title, takenSlugs(known));
  // The paper is classified once: the prompts showed the verdict before asking for the theme.
  const verdict = asked ?? classifyPaper(paper);
  const drafted = entryFromPaper(paper, slug, todayIso(), undefined, verdict);
  const entry = reference ? withLookup(drafted, found, fromApis, reference) : drafted;
  const refused = flagSchemaProblems(entry);
  if (refused.length > 0) {
    console.error(`${refused.map((problem) => `error: ${problem}`).join('\n')}\nnothing was written.`);
    return 1;
  }
  const checked = EntrySchema.parse(entry);
  if (!interactive) console.log(explainVerdict(verdict, themesConfig.reviewMargin).join('\n'));
  if (paper.theme && paper.theme !== verdict.theme)
    console.log(`Your theme, ${paper.theme}, is kept: a curator's choice always wins.`);

  const path = join(contentDir, entryFile(checked.theme, slug));
  const shown = relative(process.cwd(), path) || path;
  if (await exists(path)) {
    console.error(`error: ${shown} already exists; nothing was written. Run npm run check to see why.`);
    return 1;
  }
  await writeFilesAtomically([{ path, content: entryToMdx(entry) }]);
  // With the table's and the themes' later pages the new entry fills, so those URLs are promised too.
  const listPages = laterListPages([...known, entry]);
  await appendToUrlLedger(contentDir, [paperPath(slug), ...listPages]);
  console.log(`Wrote ${shown} (its URL: ${paperPath(slug)}, added to ${join(contentDir, URL_LEDGER_FILE)}).`);
  console.log(
    'Next: write your commentary below the frontmatter if you like (see CONTRIBUTING.md), then run npm run check.',
  );
  return 0;
});

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
