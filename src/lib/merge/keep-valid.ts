import type { IncomingPaper } from './merge-paper.ts';
import { EntrySchema, PaperLinkSchema, SOURCED_FIELDS, type PaperLink } from '../schema.ts';
import { canonicalArxiv, canonicalDoi } from './identifiers.ts';

/**
 * The values of an offer that the entry schema accepts, each as given (never trimmed or rewritten;
 * identifiers in their stored form),
 * and a description of each value left out: one bad link drops that link, not the list. Input is
 * checked before it can reach an entry, so a merge never writes a file that `npm run check` refuses.
 */
export function keepValid(paper: IncomingPaper): { paper: IncomingPaper; dropped: string[] } {
  const kept: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const field of SOURCED_FIELDS) {
    // Identifiers are judged in the form an entry stores them: no URL prefix, no version.
    const value =
      field === 'arxiv' && paper.arxiv
        ? canonicalArxiv(paper.arxiv)
        : field === 'doi' && paper.doi
          ? canonicalDoi(paper.doi)
          : paper[field];
    if (value === undefined) continue;
    if (field === 'links') {
      const links = (value as PaperLink[]).filter(
        (link) =>
          PaperLinkSchema.safeParse(link).success ||
          (dropped.push(`links: ${JSON.stringify(link)} (not an http(s) link of a known kind)`), false),
      );
      if (links.length > 0) kept.links = links;
      continue;
    }
    const checked = EntrySchema.shape[field].safeParse(value);
    if (checked.success) kept[field] = value;
    else
      dropped.push(
        `${field}: ${JSON.stringify(value).slice(0, 80)} (${checked.error.issues[0]?.message ?? 'not valid'})`,
      );
  }
  return { paper: kept as IncomingPaper, dropped };
}
