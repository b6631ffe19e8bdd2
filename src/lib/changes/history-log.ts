import { parse } from 'yaml';

/** One change to an entry that readers should hear about, found in the repository's history. */
export type HistoryEvent =
  | { kind: 'retitled'; date: string; slug: string; from: string; to: string }
  | { kind: 'moved'; date: string; slug: string; from: string; to: string }
  | { kind: 'withdrawn'; date: string; slug: string };

/** The git command whose output `historyEvents` reads, run in the content folder. */
export const HISTORY_LOG_ARGS = [
  'log',
  '--format=@@commit %cs',
  '-M',
  '--diff-filter=MR',
  '-p',
  '--unified=0',
  '--no-color',
  '--no-ext-diff',
  '--',
  'papers',
];

/**
 * Reads retitles, theme moves and withdrawals out of `git log -p` of the entry files
 * (`HISTORY_LOG_ARGS`): a frontmatter line `title:`, `theme:` or `status:` removed and added again in one
 * commit is a change to that field, dated by the commit. Newest first, as git lists them. Additions are
 * not read here: every entry says the day it was `added`.
 *
 * @example
 * historyEvents('@@commit 2026-12-02\ndiff --git a/content/papers/imaging/x.mdx b/content/papers/benchmarks/x.mdx\n…\n-theme: imaging\n+theme: benchmarks\n')
 * // [{ kind: 'moved', date: '2026-12-02', slug: 'x', from: 'imaging', to: 'benchmarks' }]
 */
export function historyEvents(log: string): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  let date = '';
  let file: { slug: string; removed: Map<string, unknown>; added: Map<string, unknown> } | undefined;
  const flush = () => {
    if (file) events.push(...fileEvents(date, file.slug, file.removed, file.added));
    file = undefined;
  };
  for (const line of log.split('\n')) {
    if (line.startsWith('@@commit ')) {
      flush();
      date = line.slice('@@commit '.length).trim();
    } else if (line.startsWith('diff --git ')) {
      flush();
      const slug = /\/([^/]+)\.mdx?$/.exec(line)?.[1];
      if (slug) file = { slug, removed: new Map(), added: new Map() };
    } else if (file && /^[-+](title|theme|status): /.test(line)) {
      const value = scalar(line.slice(1));
      if (value !== undefined) (line[0] === '-' ? file.removed : file.added).set(value.key, value.value);
    }
  }
  flush();
  return events;
}

function fileEvents(
  date: string,
  slug: string,
  removed: Map<string, unknown>,
  added: Map<string, unknown>,
): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  const changed = (key: string) =>
    added.has(key) && removed.get(key) !== added.get(key) && typeof added.get(key) === 'string';
  if (changed('title') && typeof removed.get('title') === 'string')
    events.push({ kind: 'retitled', date, slug, from: String(removed.get('title')), to: String(added.get('title')) });
  if (changed('theme') && typeof removed.get('theme') === 'string')
    events.push({ kind: 'moved', date, slug, from: String(removed.get('theme')), to: String(added.get('theme')) });
  if (added.get('status') === 'withdrawn' && removed.get('status') !== 'withdrawn')
    events.push({ kind: 'withdrawn', date, slug });
  return events;
}

/** One `key: value` line of frontmatter, read by the YAML library; undefined when it is not a whole value. */
function scalar(line: string): { key: string; value: unknown } | undefined {
  try {
    const parsed: unknown = parse(line);
    if (!parsed || typeof parsed !== 'object') return undefined;
    const [key, value] = Object.entries(parsed)[0] ?? [];
    return key === undefined ? undefined : { key, value };
  } catch {
    return undefined;
  }
}
