import { input, select } from '@inquirer/prompts';
import { classifyPaper, type Classification } from '../../src/lib/classify.ts';
import { alreadyThere, findExisting } from '../../src/lib/contributor-input/already-there.ts';
import { authorsFromInput } from '../../src/lib/contributor-input/author-input.ts';
import { parseDateInput } from '../../src/lib/contributor-input/date-input.ts';
import { explainVerdict } from '../../src/lib/explain-verdict.ts';
import type { KnownEntry } from '../../src/lib/identity.ts';
import type { NewPaper } from '../../src/lib/paper.ts';
import { EntrySchema, VENUE_KINDS } from '../../src/lib/schema.ts';
import { themesConfig } from '../../src/lib/themes.ts';

/** What a pasted URL's lookup already gave: those questions are not asked. */
export interface Prefilled {
  title?: string;
  abstract?: string;
  date?: string;
  arxiv?: string;
  /** The APIs gave the author list, so the author count is not asked. */
  hasAuthors?: boolean;
}

/**
 * Asks for a paper question by question (the path of `npm run new` with no flags), checking each
 * answer as it comes: a duplicate is refused at its title or arXiv id, naming the existing entry.
 * What a pasted URL's lookup found is not asked again. Returns the paper and the classifier's verdict
 * on it, shown before the theme question (so `npm run new` classifies the paper once).
 */
export async function askPaper(
  known: KnownEntry[],
  found: Prefilled = {},
): Promise<{ paper: NewPaper; verdict: Classification }> {
  const title =
    found.title ??
    (await input({
      message: 'Title of the paper:',
      validate: (value) =>
        value.trim() === '' ? 'The title is required.' : (alreadyThere(findExisting(known, { title: value })) ?? true),
    }));
  const abstract =
    found.abstract ??
    (await input({
      message: 'Abstract (one paragraph, as published):',
      validate: (value) => value.trim() !== '' || 'The abstract is required.',
    }));
  const dateText =
    found.date ??
    (await input({
      message: 'Date of the paper (YYYY-MM-DD, or --MM-DD when the year is unknown):',
      validate: (value) =>
        parseDateInput(value) !== undefined ||
        'Write a real date such as 2025-05-02, or --05-02 when the year is unknown.',
    }));
  const by = found.hasAuthors
    ? 'none'
    : await select({
        message: 'Who published it?',
        choices: [
          { name: 'Give the number of authors', value: 'authors' },
          { name: "Type the authors' names", value: 'names' },
          { name: 'A Hugging Face organisation', value: 'org' },
          { name: 'Skip', value: 'none' },
        ],
      });
  const names =
    by === 'names'
      ? authorsFromInput(
          await input({
            message:
              'Authors, separated by ";" ("Yang, Xi; Chen, Aokun"; an organisation in braces: "{The MIMIC Consortium}"):',
            validate: (value) => authorsFromInput(value).length > 0 || 'At least one name.',
          }),
        )
      : undefined;
  const authors =
    by === 'authors'
      ? await input({
          message: 'Number of authors:',
          validate: (value) => (Number.isInteger(Number(value)) && Number(value) > 0) || 'A whole number such as 4.',
        })
      : undefined;
  const org =
    by === 'org'
      ? await input({
          message: 'Organisation: hub slug, a space, then its name (e.g. "stanford Stanford University"):',
          validate: (value) => value.trim().indexOf(' ') > 0 || 'The hub slug, a space, then the display name.',
        })
      : undefined;
  const arxiv =
    found.arxiv ??
    (await input({
      message: 'arXiv id (optional, e.g. 2501.01234; Enter to skip):',
      validate: (value) => {
        if (value.trim() === '') return true;
        if (!EntrySchema.shape.arxiv.safeParse(value.trim()).success) return 'An arXiv id looks like 2501.01234.';
        return alreadyThere(findExisting(known, { arxiv: value.trim() })) ?? true;
      },
    }));
  const venueName = (
    await input({ message: 'Venue, if published (journal or conference name; Enter to skip):' })
  ).trim();
  const venueKind = venueName
    ? await select({ message: 'Kind of venue:', choices: VENUE_KINDS.map((kind) => ({ name: kind, value: kind })) })
    : undefined;
  const verdict = classifyPaper({ title: title.trim(), abstract: abstract.trim() });
  console.log(explainVerdict(verdict, themesConfig.reviewMargin).join('\n'));
  const theme = await select({
    message: 'Theme (judge by the main contribution):',
    default: verdict.theme,
    choices: themesConfig.themes.map((option) => ({
      name: `${option.name} (${option.id})${option.id === verdict.theme ? ' — suggested' : ''}`,
      value: option.id,
      description: option.description,
    })),
  });
  const trimmedOrg = org?.trim();
  const space = trimmedOrg?.indexOf(' ') ?? -1;
  const paper: NewPaper = {
    title: title.trim(),
    abstract: abstract.trim(),
    date: parseDateInput(dateText)!,
    ...(authors ? { authorsCount: Number(authors) } : {}),
    ...(names?.length ? { authors: names } : {}),
    ...(venueName && venueKind ? { venue: { name: venueName, kind: venueKind } } : {}),
    ...(trimmedOrg
      ? { organization: { slug: trimmedOrg.slice(0, space), name: trimmedOrg.slice(space + 1).trim() } }
      : {}),
    ...(arxiv.trim() ? { arxiv: arxiv.trim() } : {}),
    theme,
  };
  return { paper, verdict };
}
