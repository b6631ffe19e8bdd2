import type { Entry } from '../schema.ts';
import type { HistoryEvent } from './history-log.ts';

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
  for (const entry of entries) changes.push({ kind: 'added', date: entry.added, slug: entry.slug, current: entry.slug, title: entry.title });
  for (const event of history) {
    const entry = bySlug.get(event.slug);
    if (entry) changes.push({ ...event, current: entry.slug, title: entry.title });
  }
  const days = new Map<string, Change[]>();
  for (const change of changes) days.set(change.date, [...(days.get(change.date) ?? []), change]);
  return [...days]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, list]) => ({ date, changes: list.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.title.localeCompare(b.title)) }));
}
