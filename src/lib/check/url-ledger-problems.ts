import { entryFileSlug } from '../content-tree/layout.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { ledgerUrlFix } from '../url-ledger-report.ts';
import { paperPath } from '../links.ts';
import { brokenLedgerUrls, type RouteKind } from '../routes.ts';
import { routeKeys, type CheckInput } from './check-input.ts';
import { fieldLine } from './field-line.ts';

const KEEP_URLS = 'published URLs must keep working: people cite them';

/**
 * The URL ledger's promise, both ways: every URL it lists still resolves to a page or a redirect
 * (naming the URL, and the entry when a slug was changed without an alias), and every entry's URL is
 * in the ledger, so that removing it later is caught.
 */
export function urlLedgerProblems(
  input: CheckInput,
  routes: ReadonlyMap<string, RouteKind>,
  options = { listsEveryEntry: true },
): Diagnostic[] {
  const { file: ledgerFile, lines } = input.ledger;
  const broken = new Set(
    brokenLedgerUrls(
      lines.map((line) => line.url),
      (path) => routes.has(path),
    ),
  );
  const problems: Diagnostic[] = lines
    .filter((line) => broken.has(line.url))
    .map((line) => ({
      severity: 'error',
      file: ledgerFile,
      line: line.line,
      message: `the published URL ${line.url} no longer resolves to a page or a redirect`,
      ...brokenUrlHelp(line.url, input),
    }));
  if (!options.listsEveryEntry) return problems;
  const listed = new Set(lines.map((line) => line.url));
  for (const file of input.files) {
    const route = routeKeys(file);
    if (!route || listed.has(paperPath(route.slug))) continue;
    problems.push({
      severity: 'error',
      file: file.file,
      line: fieldLine(file.text, ['slug']),
      message: `the entry's URL ${paperPath(route.slug)} is not in the URL ledger`,
      expected: `a line ${paperPath(route.slug)} in ${ledgerFile}`,
      fix: `append the line ${paperPath(route.slug)} to ${ledgerFile} (npm run new does this for you)`,
    });
  }
  return problems;
}

function brokenUrlHelp(url: string, input: CheckInput): Pick<Diagnostic, 'found' | 'fix'> {
  const paper = /^\/papers\/([^/]+)\/$/.exec(url)?.[1];
  const theme = /^\/themes\/([^/.]+)(?:\/|\.bib)$/.exec(url)?.[1];
  const renamed = paper ? input.files.find((file) => entryFileSlug(file.path) === paper && routeKeys(file)) : undefined;
  if (paper && renamed) {
    return {
      found: `${renamed.file} now has slug "${routeKeys(renamed)?.slug}": its slug was changed without an alias`,
      fix: `add the old slug to that entry, aliases: [${paper}], and move the file to match its new slug; ${KEEP_URLS}`,
    };
  }
  const found = paper
    ? `no entry has the slug or alias "${paper}"`
    : theme
      ? `no theme "${theme}" in content/themes.json`
      : 'no page of the survey serves it';
  return { found, fix: `${ledgerUrlFix(url)}; ${KEEP_URLS}` };
}
