import { quote, type Diagnostic } from '../diagnostics.ts';
import { normalizeTitle } from '../identity.ts';
import { routeKeys, type CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * One entry per paper, one owner per URL: reports an entry that is the same paper as another (same
 * arXiv id, or else the same normalised title, as the importer decides identity), and a slug or alias
 * that another entry already uses. The entry added later (then the later path) is the one reported.
 */
export function duplicateProblems(files: CheckedFile[]): Diagnostic[] {
  const ordered = files.filter((file) => file.data).sort((a, b) => String(a.data?.added ?? '').localeCompare(String(b.data?.added ?? '')) || a.path.localeCompare(b.path));
  const papers = new Map<string, CheckedFile>();
  const problems: Diagnostic[] = urlProblems(ordered);
  for (const file of ordered) {
    const { arxiv, doi, title } = file.data ?? {};
    const keys: Array<[string, string, string, string]> = [];
    if (typeof arxiv === 'string' && arxiv !== '') keys.push([`arxiv:${arxiv}`, 'arxiv', `the same arXiv id, ${arxiv}`, `arxiv: ${arxiv}`]);
    if (typeof doi === 'string' && doi !== '') keys.push([`doi:${doi.toLowerCase()}`, 'doi', `the same DOI, ${doi}`, `doi: ${doi}`]);
    if (typeof title === 'string' && normalizeTitle(title) !== '') keys.push([`title:${normalizeTitle(title)}`, 'title', 'the same title, ignoring case, accents and punctuation', `title: ${quote(title)}`]);
    const match = keys.find(([key]) => papers.has(key));
    if (match) {
      const other = papers.get(match[0])!;
      problems.push({ severity: 'error', file: file.file, line: fieldLine(file.text, [match[1]]), message: `this paper is already in the survey: ${other.file} has ${match[2]}`, found: match[3], fix: `keep one entry per paper: delete this file and add what it has that is new (notes, authors) to ${other.file}` });
    }
    for (const [key] of keys) if (!papers.has(key)) papers.set(key, file);
  }
  return problems;
}

/** Slugs first, then aliases: an alias that collides with a slug is the one reported. */
function urlProblems(ordered: CheckedFile[]): Diagnostic[] {
  const owners = new Map<string, { file: CheckedFile; as: 'slug' | 'alias' }>();
  const problems: Diagnostic[] = [];
  const claim = (file: CheckedFile, name: string, as: 'slug' | 'alias', path: PropertyKey[]) => {
    const owner = owners.get(name);
    if (!owner) owners.set(name, { file, as });
    else if (owner.file !== file || as === 'alias') {
      const fix = as === 'slug' ? 'choose another slug (npm run new makes a unique one)' : `remove "${name}" from aliases`;
      problems.push({ severity: 'error', file: file.file, line: fieldLine(file.text, path), message: `the ${as} "${name}" is already the ${owner.as} of ${owner.file === file ? 'this entry' : owner.file.file}`, expected: 'a slug or alias that no other entry uses: each names one page, /papers/<slug>/', found: name, fix });
    }
  };
  for (const file of ordered) {
    const route = routeKeys(file);
    if (route) claim(file, route.slug, 'slug', ['slug']);
  }
  for (const file of ordered) routeKeys(file)?.aliases.forEach((alias, index) => claim(file, alias, 'alias', ['aliases', index]));
  return problems;
}
