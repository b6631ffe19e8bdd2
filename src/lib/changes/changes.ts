import type { Entry } from '../schema.ts';
import type { HistoryEvent } from './history-log.ts';
import { plural } from '../text/plural.ts';

/** A change as the changes page and feed show it: what happened, to which entry, on which day. */
export type Change = (HistoryEvent | { kind: 'added'; date: string; slug: string }) & {
  /** The entry's slug today (a renamed entry's history is found through its aliases). */
  current: string;
  /** The entry's title today. */
  title: string;
};

/** The changes of one day, newest day first. */
export interface ChangeDay {
  date: string;
  changes: Change[];
}

const ORDER = { added: 0, retitled: 1, moved: 2, withdrawn: 3 } as const;

/**
 * Everything that happened to the survey, from data: each entry's `added` day, and the retitles,
 * moves between themes and withdrawals that the repository's history records. Events of entries that
 * no longer exist are dropped; an event under an old slug is shown under the entry's current one.
 * Grouped by day, newest first; within a day, additions first, then by title.
 */
export function surveyChanges(entries: readonly Entry[], history: readonly HistoryEvent[]): ChangeDay[] {
  const bySlug = new Map<string, Entry>();
  for (const entry of entries) for (const slug of [...entry.aliases, entry.slug]) bySlug.set(slug, entry);
  const changes: Change[] = [];
  for (const entry of entries)
    changes.push({ kind: 'added', date: entry.added, slug: entry.slug, current: entry.slug, title: entry.title });
  for (const event of history) {
    const entry = bySlug.get(event.slug);
    if (entry) changes.push({ ...event, current: entry.slug, title: entry.title });
  }
  const days = new Map<string, Change[]>();
  for (const change of changes) days.set(change.date, [...(days.get(change.date) ?? []), change]);
  return [...days]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, list]) => ({
      date,
      changes: list.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.title.localeCompare(b.title)),
    }));
}

/**
 * How many changes the changes page lists one by one. A survey that imports 10,000 papers in a day
 * would otherwise put 10,000 links on one page (about 580 KB gzip); past this, changes are counted.
 */
export const CHANGES_PAGE_LIMIT = 300;

/** How many changes of each kind. */
export type ChangeCounts = Record<Change['kind'], number>;

/** The changes page: the newest changes one by one, then the rest counted per day. */
export interface ChangesPage {
  /** Newest days first; the last may be cut, with `more` counting the changes left out of it. */
  listed: Array<ChangeDay & { more: ChangeCounts }>;
  /** Older days, each with its changes counted by kind. */
  counted: Array<{ date: string; counts: ChangeCounts }>;
  total: number;
}

/** Splits the days into the newest `limit` changes, listed, and the rest, counted by day and kind. */
export function changesPage(days: readonly ChangeDay[], limit = CHANGES_PAGE_LIMIT): ChangesPage {
  const page: ChangesPage = { listed: [], counted: [], total: 0 };
  let left = limit;
  for (const day of days) {
    page.total += day.changes.length;
    if (left > 0) {
      const shown = day.changes.slice(0, left);
      page.listed.push({ date: day.date, changes: shown, more: countKinds(day.changes.slice(shown.length)) });
      left -= shown.length;
    } else {
      page.counted.push({ date: day.date, counts: countKinds(day.changes) });
    }
  }
  return page;
}

function countKinds(changes: readonly Change[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, retitled: 0, moved: 0, withdrawn: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}

const COUNT_WORDS: Record<Change['kind'], string> = {
  added: 'added',
  retitled: 'retitled',
  moved: 'moved to another theme',
  withdrawn: 'withdrawn',
};

/** Counts in words, in the page's order of kinds: "1,200 papers added, 2 retitled". */
export function describeCounts(counts: ChangeCounts): string {
  const kinds = (Object.keys(COUNT_WORDS) as Array<Change['kind']>).filter((kind) => counts[kind] > 0);
  return kinds
    .map((kind, i) => {
      const n = counts[kind].toLocaleString('en');
      // The noun goes with the first count only: "3 papers added, 1 retitled".
      return i === 0
        ? `${n} ${plural(counts[kind], 'paper', 'papers')} ${COUNT_WORDS[kind]}`
        : `${n} ${COUNT_WORDS[kind]}`;
    })
    .join(', ');
}
