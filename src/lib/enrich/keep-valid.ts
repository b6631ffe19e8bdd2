import type { IncomingPaper } from '../merge/merge-paper.ts';
import { EntrySchema, PaperLinkSchema, SOURCED_FIELDS, type PaperLink } from '../schema.ts';

/**
 * Keeps only the values the entry schema accepts (one bad link is dropped, not the whole list), and
 * says what was dropped: an API's answer is checked like any other input before it reaches an entry.
 */
export function keepValid(paper: IncomingPaper): { paper: IncomingPaper; dropped: string[] } {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const field of SOURCED_FIELDS) {
    const value = paper[field];
    if (value === undefined) continue;
    if (field === 'links') {
      const links = (value as PaperLink[]).filter((link) => PaperLinkSchema.safeParse(link).success || (dropped.push(`links: ${JSON.stringify(link)}`), false));
      if (links.length > 0) kept.links = links;
      continue;
    }
    const checked = EntrySchema.shape[field].safeParse(value);
    if (checked.success) kept[field] = checked.data;
    else dropped.push(`${field}: ${JSON.stringify(value)} (${checked.error.issues[0]?.message ?? 'invalid'})`);
  }
  return { paper: kept as IncomingPaper, dropped };
}
