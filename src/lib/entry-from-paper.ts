import { classifyPaper, type Classification } from './classify.ts';
import type { NewPaper } from './paper.ts';
import { linksFromText } from './references/classify-url.ts';
import type { EntryInput, SourcedField, ValueSource } from './schema.ts';

/** The digest line a paper was read from: its values count as the digest's, and the entry keeps its provenance. */
export interface ListingOrigin {
  digest: string;
  line: number;
}

/**
 * A new entry's data from a paper, for `npm run ingest` and `npm run new` alike: the paper's values,
 * the typed links found in its abstract, the slug, and the theme. A paper from a listing (`from`)
 * records the digest as each value's source and keeps its provenance; what a contributor types is a
 * curator's value, with neither. The contributor's theme, when given, wins over the classifier's
 * (recorded as a curator's choice); else the classifier's is used (recorded as the importer's, so an
 * unsure one lands in the review queue).
 */
export function entryFromPaper(
  paper: NewPaper,
  slug: string,
  today: string,
  from?: ListingOrigin,
  verdict: Classification = classifyPaper(paper),
): EntryInput {
  const links = linksFromText(paper.abstract);
  const theme = paper.theme || undefined;
  // Fields keep this order: an entry file lists them as the object does.
  return {
    slug,
    title: paper.title,
    abstract: paper.abstract,
    ...(paper.authorsCount === undefined ? {} : { authorsCount: paper.authorsCount }),
    ...(paper.organization ? { organization: paper.organization } : {}),
    date: paper.date,
    ...(paper.comments === undefined ? {} : { comments: paper.comments }),
    ...(paper.upvotes === undefined ? {} : { upvotes: paper.upvotes }),
    ...(paper.arxiv ? { arxiv: paper.arxiv } : {}),
    ...(links.length > 0 ? { links } : {}),
    ...(from ? { sources: digestSources(paper, links.length > 0) } : {}),
    theme: theme ?? verdict.theme,
    secondaryThemes: theme ? verdict.secondaryThemes.filter((id) => id !== theme) : verdict.secondaryThemes,
    themeReason: { source: theme ? 'curator' : 'importer' },
    added: today,
    ...(from ? { provenance: { digest: from.digest, line: from.line, title: paper.title } } : {}),
    ...(paper.authors?.length ? { authors: paper.authors } : {}),
    ...(paper.doi ? { doi: paper.doi } : {}),
    ...(paper.venue ? { venue: paper.venue } : {}),
  };
}

/** The fields a listing gave, each recorded as the digest's. */
function digestSources(paper: NewPaper, hasLinks: boolean): Partial<Record<SourcedField, ValueSource>> {
  const sourced: SourcedField[] = ['title', 'abstract', 'date'];
  if (paper.arxiv) sourced.push('arxiv');
  if (hasLinks) sourced.push('links');
  return Object.fromEntries(sourced.map((field) => [field, 'digest']));
}
