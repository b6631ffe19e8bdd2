import type { NewPaper } from '../paper.ts';
import { schemaIssues } from '../schema-issues.ts';
import { VENUE_KINDS, type EntryInput, type Venue } from '../schema.ts';
import { didYouMean } from '../suggest.ts';
import { THEME_IDS } from '../themes.ts';
import { authorsFromInput } from './author-input.ts';
import { parseDateInput } from './date-input.ts';

/** The flags of `npm run new`, as `parseArgs` returns them. */
export interface NewFlags {
  title?: string;
  abstract?: string;
  date?: string;
  authors?: string;
  org?: string;
  arxiv?: string;
  doi?: string;
  venue?: string;
  'venue-kind'?: string;
  'venue-year'?: string;
  theme?: string;
}

/** Which flag sets each entry field, to name the flag in a message about that field. */
const FLAG_OF_FIELD: Record<string, string> = {
  title: '--title',
  abstract: '--abstract',
  date: '--date',
  authorsCount: '--authors',
  authors: '--authors',
  organization: '--org',
  arxiv: '--arxiv',
  doi: '--doi',
  venue: '--venue',
  theme: '--theme',
};

/**
 * The schema's objections to a new entry, in the check's words (`schemaIssues`) but naming the flag
 * that set the field, as the other flag problems do: `--arxiv: <what was expected>; found "25.1"`.
 */
export function flagSchemaProblems(entry: EntryInput): string[] {
  return schemaIssues(entry).map((issue) => {
    const flag = FLAG_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0]);
    return `${flag}: ${issue.expected ?? issue.message}${issue.found === undefined ? '' : `; found ${issue.found}`}`;
  });
}

/**
 * Turns the flags into a paper, or into every problem with them at once (missing flags, a date that
 * is not a date, an organisation without a name…). Values the entry schema checks (arXiv id, theme)
 * are left to it.
 */
export function paperFromFlags(flags: NewFlags): { paper?: NewPaper; problems: string[] } {
  const problems: string[] = [];
  for (const name of ['title', 'abstract', 'date'] as const)
    if (!flags[name]?.trim()) problems.push(`--${name} is required`);
  const date = flags.date ? parseDateInput(flags.date) : undefined;
  if (flags.date && !date)
    problems.push(
      `--date: expected a date such as 2025-05-02 (or --date=--05-02 when the year is unknown), found "${flags.date}"`,
    );
  // --authors takes a count ("4", as a listing gives it) or the names ("Yang, Xi; Chen, Aokun; {A Consortium}").
  const isCount = flags.authors !== undefined && /^\s*\d+\s*$/.test(flags.authors);
  const authorsCount = isCount ? Number(flags.authors) : undefined;
  if (authorsCount !== undefined && !(authorsCount > 0))
    problems.push(
      `--authors: expected a number of authors such as 4, or names such as "Yang, Xi; Chen, Aokun", found "${flags.authors}"`,
    );
  const authors = flags.authors !== undefined && !isCount ? authorsFromInput(flags.authors) : undefined;
  if (authors && authors.length === 0)
    problems.push(
      `--authors: expected names separated by ";" such as "Yang, Xi; Chen, Aokun", found "${flags.authors}"`,
    );
  const venue = venueFromFlags(flags, problems);
  const theme = flags.theme?.trim();
  if (theme && !THEME_IDS.includes(theme)) {
    const guess = didYouMean(theme, THEME_IDS);
    problems.push(
      `--theme: no theme "${theme}"${guess ? `; did you mean "${guess}"?` : ''} (themes: ${THEME_IDS.join(', ')})`,
    );
  }
  const space = flags.org?.trim().indexOf(' ') ?? -1;
  const org = flags.org?.trim();
  if (org !== undefined && space < 1)
    problems.push(
      `--org: expected the hub slug and the display name, such as --org "stanford Stanford University", found "${flags.org}"`,
    );
  if (flags.authors !== undefined && flags.org !== undefined)
    problems.push('--authors and --org: give one or the other, as the listing does');
  if (problems.length > 0) return { problems };
  return {
    problems,
    paper: {
      title: flags.title!.trim(),
      abstract: flags.abstract!.trim(),
      date: date!,
      ...(authorsCount === undefined ? {} : { authorsCount }),
      ...(authors?.length ? { authors } : {}),
      ...(venue ? { venue } : {}),
      ...(flags.doi ? { doi: flags.doi.trim().replace(/^https?:\/\/(dx\.)?doi\.org\//i, '') } : {}),
      ...(org ? { organization: { slug: org.slice(0, space), name: org.slice(space + 1).trim() } } : {}),
      ...(flags.arxiv ? { arxiv: flags.arxiv.trim() } : {}),
      ...(flags.theme ? { theme: flags.theme.trim() } : {}),
    },
  };
}

/** The venue from --venue, --venue-kind (journal by default) and --venue-year, noting each problem. */
function venueFromFlags(flags: NewFlags, problems: string[]): Venue | undefined {
  const name = flags.venue?.trim();
  if (!name) {
    if (flags['venue-kind'] !== undefined || flags['venue-year'] !== undefined)
      problems.push('--venue-kind and --venue-year go with --venue "<name>"');
    return undefined;
  }
  const kind = (flags['venue-kind']?.trim() ?? 'journal') as Venue['kind'];
  if (!VENUE_KINDS.includes(kind)) {
    const guess = didYouMean(kind, VENUE_KINDS);
    problems.push(
      `--venue-kind: expected one of ${VENUE_KINDS.join(', ')}${guess ? ` (did you mean "${guess}"?)` : ''}, found "${flags['venue-kind']}"`,
    );
  }
  const year = flags['venue-year'] === undefined ? undefined : Number(flags['venue-year']);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2100))
    problems.push(`--venue-year: expected a year such as 2024, found "${flags['venue-year']}"`);
  return { name, kind, ...(year === undefined ? {} : { year }) };
}
