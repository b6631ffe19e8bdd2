import type { UrlLedgerLine } from '../content-tree/layout.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** One entry file as read for checking; `data` and `body` are absent when the file could not be parsed. */
export interface CheckedFile {
  /** The path shown to people, relative to the working directory: `content/papers/imaging/gaitgen.mdx`. */
  file: string;
  /** The path inside the content directory, with forward slashes: `papers/imaging/gaitgen.mdx`. */
  path: string;
  /** The file's text, to find the line of a field or of a body problem. */
  text: string;
  data?: Record<string, unknown>;
  body?: string;
  /** Why the file could not be parsed (no frontmatter, bad YAML). */
  error?: Diagnostic;
}

/** Everything `npm run check` looks at: the entry files and the URL ledger. */
export interface CheckInput {
  files: CheckedFile[];
  ledger: { file: string; lines: UrlLedgerLine[] };
  /**
   * When a file (by `path`) was first committed, in seconds since the epoch; undefined for a file not
   * yet committed. Asked only to tell which of two duplicates added on the same day came first.
   */
  firstCommit?: (path: string) => number | undefined;
}

/** The slug and aliases of a file whose data has them, whatever else is wrong with it. */
export function routeKeys(file: CheckedFile): { slug: string; aliases: string[] } | undefined {
  const slug = file.data?.slug;
  if (typeof slug !== 'string' || slug === '') return undefined;
  const aliases = Array.isArray(file.data?.aliases)
    ? file.data.aliases.filter((alias): alias is string => typeof alias === 'string')
    : [];
  return { slug, aliases };
}
