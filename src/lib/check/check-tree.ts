import type { Diagnostic } from '../diagnostics.ts';
import { siteRoutes } from '../routes.ts';
import { bodyProblems } from './body-problems.ts';
import { routeKeys, type CheckInput } from './check-input.ts';
import { duplicateProblems } from './duplicate-problems.ts';
import { urlLedgerProblems } from './url-ledger-problems.ts';
import { pathProblems } from './path-problems.ts';
import { referenceProblems } from './reference-problems.ts';
import { relatedProblems } from './related-problems.ts';
import { reviewWarnings } from './review-warnings.ts';
import { schemaProblems } from './schema-problems.ts';

/** What a check found: errors (which fail it) and warnings (the review queue), each sorted by file and line. */
export interface CheckReport {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** What a run of the check covers. */
export interface CheckOptions {
  /** List the review warnings (what a curator should look at). The build leaves it to `npm run check` and `npm run review`. */
  reviewWarnings?: boolean;
  /**
   * Require every entry's URL in the ledger. The build does not: a new entry gets its ledger line from
   * `npm run new` or `npm run ingest`, and `npm run check` asks for it in review; the build judges only
   * that published URLs still resolve.
   */
  ledgerListsEveryEntry?: boolean;
}

/**
 * Checks the whole tree and returns every problem at once, never stopping at the first:
 * 1. files that cannot be read, 2. schema and paper data (sources, links, authors), 3. file path vs theme and slug, 4. duplicates,
 * 5. the URL ledger, 6. commentary (restricted MDX, internal links), related-paper pins and
 * excludes, 7. the review queue.
 */
export function checkTree(input: CheckInput, options: CheckOptions = {}): CheckReport {
  const { reviewWarnings: withReviewWarnings = true, ledgerListsEveryEntry = true } = options;
  // A file that cannot be parsed is assumed to keep the slug in its name, so that its own error is
  // not echoed by a ledger error for its URL.
  // The entry's themes and status come along: they decide how many pages each theme's list has.
  const slugs = input.files.flatMap((file) => {
    const keys = routeKeys(file);
    if (keys)
      return [
        { ...keys, theme: file.data?.theme, secondaryThemes: file.data?.secondaryThemes, status: file.data?.status },
      ];
    return file.error
      ? [
          {
            slug: file.path
              .split('/')
              .at(-1)!
              .replace(/\.mdx?$/, ''),
          },
        ]
      : [];
  });
  const routes = siteRoutes(
    slugs,
    undefined,
    input.ledger.lines.map(({ url }) => url),
  );
  const found = [
    ...input.files.flatMap((file) => (file.error ? [file.error] : [])),
    ...input.files.flatMap(schemaProblems),
    ...input.files.flatMap(referenceProblems),
    ...input.files.flatMap(pathProblems),
    ...duplicateProblems(input),
    ...urlLedgerProblems(input, routes, { listsEveryEntry: ledgerListsEveryEntry }),
    ...input.files.flatMap((file) => bodyProblems(file, routes)),
    ...relatedProblems(input.files),
    ...(withReviewWarnings ? reviewWarnings(input.files) : []),
  ];
  const ordered = found.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    errors: ordered.filter((d) => d.severity === 'error'),
    warnings: ordered.filter((d) => d.severity === 'warning'),
  };
}
