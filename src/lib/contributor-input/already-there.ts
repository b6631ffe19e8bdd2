import { indexEntries, type KnownEntry, type MatchedBy } from '../identity.ts';

/** The entry a new paper duplicates (same arXiv id or DOI, or else same normalised title), and how it matched. */
export function findExisting(
  known: KnownEntry[],
  paper: { title?: string; arxiv?: string; doi?: string },
): { entry: KnownEntry; by: MatchedBy } | undefined {
  const match = indexEntries(known).match({ ...paper, title: paper.title ?? '' });
  return match && { entry: match.value, by: match.by };
}

/** The message that refuses a paper already in the survey, naming its entry; undefined for a new paper. */
export function alreadyThere(found: ReturnType<typeof findExisting>): string | undefined {
  if (!found) return undefined;
  const how = { arxiv: 'the same arXiv id', doi: 'the same DOI', title: 'the same title' }[found.by];
  return `This paper is already in the survey: ${found.entry.file} (${how}). Edit that entry instead.`;
}
