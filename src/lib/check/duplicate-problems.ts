import { quote, type Diagnostic } from '../diagnostics.ts';
import { IdentityIndex, identityOf, type MatchedBy, type PaperIdentity } from '../identity.ts';
import { paperPath } from '../links.ts';
import { routeKeys, type CheckedFile, type CheckInput } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * One entry per paper, one owner per URL: reports an entry that is the same paper as another (same
 * arXiv id or DOI, or else the same normalised title, as the importer decides identity), and a slug or
 * alias that another entry already uses. The newcomer is always the one blamed, whatever the file
 * order: see `olderFirst`. The message names the original's URL, so nobody deletes a cited page.
 */
export function duplicateProblems(input: Pick<CheckInput, 'files' | 'ledger' | 'firstCommit'>): Diagnostic[] {
  const ordered = input.files.filter((file) => file.data).sort(olderFirst(input));
  // Current values only: the title an entry was imported with is not compared here.
  const papers = new IdentityIndex<CheckedFile>();
  const problems: Diagnostic[] = urlProblems(ordered);
  for (const file of ordered) {
    const paper = identityOf(file.data!);
    const match = papers.match(paper);
    if (match) {
      const original = match.value;
      const url = originalUrl(original);
      const { reason, found } = sameBecause(paper, match.by);
      problems.push({
        severity: 'error',
        file: file.file,
        line: fieldLine(file.text, [match.by]),
        message: `this paper is already in the survey${url ? ` at ${url}` : ''} (${original.file}, added first): both have ${reason}`,
        found,
        fix: `keep one entry per paper: delete this newer file and add what it has that is new (notes, authors, links) to ${original.file}`,
      });
    }
    papers.add(paper, file);
  }
  return problems;
}

/**
 * Orders entries oldest first, so that the later one of two duplicates is the one reported: by the day
 * it was `added`; then by when its URL entered the published-URL ledger, which is append-only (an
 * entry whose URL is not there yet is the newest: it is not public); then the one committed to git
 * first (an uncommitted file is the newest); then by path, only so that the order is total.
 */
export function olderFirst(
  input: Pick<CheckInput, 'ledger' | 'firstCommit'>,
): (a: CheckedFile, b: CheckedFile) => number {
  const ledgerLine = new Map<string, number>();
  for (const line of input.ledger.lines) if (!ledgerLine.has(line.url)) ledgerLine.set(line.url, line.line);
  const published = (file: CheckedFile) => {
    const route = routeKeys(file);
    return (route && ledgerLine.get(paperPath(route.slug))) ?? Number.POSITIVE_INFINITY;
  };
  const committed = (file: CheckedFile) => input.firstCommit?.(file.path) ?? Number.POSITIVE_INFINITY;
  return (a, b) =>
    String(a.data?.added ?? '').localeCompare(String(b.data?.added ?? '')) ||
    compareNumbers(published(a), published(b)) ||
    compareNumbers(committed(a), committed(b)) ||
    a.path.localeCompare(b.path);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The words that say which identifier a newer entry shares, with its own value of that field. */
function sameBecause(paper: PaperIdentity, by: MatchedBy): { reason: string; found: string } {
  if (by === 'arxiv') return { reason: `the arXiv id ${paper.arxiv}`, found: `arxiv: ${paper.arxiv}` };
  if (by === 'doi') return { reason: `the DOI ${paper.doi}`, found: `doi: ${paper.doi}` };
  return { reason: 'the same title, ignoring case, accents and punctuation', found: `title: ${quote(paper.title)}` };
}

function originalUrl(file: CheckedFile): string | undefined {
  const route = routeKeys(file);
  return route ? paperPath(route.slug) : undefined;
}

/** Slugs first, then aliases: an alias that collides with a slug is the one reported. */
function urlProblems(ordered: CheckedFile[]): Diagnostic[] {
  const owners = new Map<string, { file: CheckedFile; as: 'slug' | 'alias' }>();
  const problems: Diagnostic[] = [];
  const claim = (file: CheckedFile, name: string, as: 'slug' | 'alias', path: PropertyKey[]) => {
    const owner = owners.get(name);
    if (!owner) owners.set(name, { file, as });
    else if (owner.file !== file || as === 'alias') {
      const fix =
        as === 'slug' ? 'choose another slug (npm run new makes a unique one)' : `remove "${name}" from aliases`;
      problems.push({
        severity: 'error',
        file: file.file,
        line: fieldLine(file.text, path),
        message: `the ${as} "${name}" is already the ${owner.as} of ${owner.file === file ? 'this entry' : owner.file.file}`,
        expected: 'a slug or alias that no other entry uses: each names one page, /papers/<slug>/',
        found: name,
        fix,
      });
    }
  };
  for (const file of ordered) {
    const route = routeKeys(file);
    if (route) claim(file, route.slug, 'slug', ['slug']);
  }
  for (const file of ordered)
    routeKeys(file)?.aliases.forEach((alias, index) => claim(file, alias, 'alias', ['aliases', index]));
  return problems;
}
