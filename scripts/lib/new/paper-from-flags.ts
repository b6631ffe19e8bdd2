import { parseDateInput, type NewPaper } from '../../../src/lib/new-entry/draft-entry.ts';

/** The flags of `npm run new`, as `parseArgs` returns them. */
export interface NewFlags {
  title?: string;
  abstract?: string;
  date?: string;
  authors?: string;
  org?: string;
  arxiv?: string;
  theme?: string;
}

/** Which flag sets each entry field, to name the flag in a message about that field. */
export const FLAG_OF_FIELD: Record<string, string> = { title: '--title', abstract: '--abstract', date: '--date', authorsCount: '--authors', organization: '--org', arxiv: '--arxiv', theme: '--theme' };

/**
 * Turns the flags into a paper, or into every problem with them at once (missing flags, a date that
 * is not a date, an organisation without a name…). Values the entry schema checks (arXiv id, theme)
 * are left to it.
 */
export function paperFromFlags(flags: NewFlags): { paper?: NewPaper; problems: string[] } {
  const problems: string[] = [];
  for (const name of ['title', 'abstract', 'date'] as const) if (!flags[name]?.trim()) problems.push(`--${name} is required`);
  const date = flags.date ? parseDateInput(flags.date) : undefined;
  if (flags.date && !date) problems.push(`--date: expected a date such as 2025-05-02 (or --date=--05-02 when the year is unknown), found "${flags.date}"`);
  const authorsCount = flags.authors === undefined ? undefined : Number(flags.authors);
  if (authorsCount !== undefined && !(Number.isInteger(authorsCount) && authorsCount > 0)) problems.push(`--authors: expected a whole number of authors such as 4, found "${flags.authors}"`);
  const space = flags.org?.trim().indexOf(' ') ?? -1;
  const org = flags.org?.trim();
  if (org !== undefined && space < 1) problems.push(`--org: expected the hub slug and the display name, such as --org "stanford Stanford University", found "${flags.org}"`);
  if (flags.authors !== undefined && flags.org !== undefined) problems.push('--authors and --org: give one or the other, as the listing does');
  if (problems.length > 0) return { problems };
  return {
    problems,
    paper: {
      title: flags.title!.trim(),
      abstract: flags.abstract!.trim(),
      date: date!,
      ...(authorsCount === undefined ? {} : { authorsCount }),
      ...(org ? { organization: { slug: org.slice(0, space), name: org.slice(space + 1).trim() } } : {}),
      ...(flags.arxiv ? { arxiv: flags.arxiv.trim() } : {}),
      ...(flags.theme ? { theme: flags.theme.trim() } : {}),
    },
  };
}
