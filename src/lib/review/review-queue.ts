import { classifyPaper, type Classification } from '../classify.ts';
import type { Entry } from '../schema.ts';
import { themesConfig } from '../themes.ts';

/** An entry waiting for a curator, with the classifier's verdict on it. */
export interface QueueItem {
  /** The entry file, as shown to people. */
  file: string;
  entry: Entry;
  verdict: Classification;
  /** `uncertain`: the classifier's margin was below `reviewMargin`; `unconfirmed`: no curator has looked yet. */
  why: 'uncertain' | 'unconfirmed';
}

/**
 * The curator's queue: every published entry no curator has confirmed, the ones the classifier was
 * least sure of first (by margin, then slug), so a short session does the most useful work.
 */
export function reviewQueueOf(
  entries: ReadonlyArray<{ file: string; entry: Entry }>,
  config = themesConfig,
): QueueItem[] {
  return entries
    .filter(({ entry }) => entry.confirmed === undefined && entry.status !== 'withdrawn')
    .map(({ file, entry }) => {
      const verdict = classifyPaper(entry, config);
      return {
        file,
        entry,
        verdict,
        why: verdict.margin < config.reviewMargin ? ('uncertain' as const) : ('unconfirmed' as const),
      };
    })
    .sort((a, b) => a.verdict.margin - b.verdict.margin || a.entry.slug.localeCompare(b.entry.slug));
}
