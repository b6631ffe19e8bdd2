import { classifyPaper, type Classification } from '../classify.ts';
import { indexEntries, type KnownEntry, type MatchedBy } from '../identity.ts';
import { paperToEntry } from '../plan-import.ts';
import type { NewPaper } from '../paper.ts';
import { PaperDateSchema, type EntryInput, type PaperDate } from '../schema.ts';
import { getTheme, themesConfig } from '../themes.ts';

/**
 * Reads a date as a contributor types it: `2025-05-02`, or `--05-02` when the year is unknown.
 * Returns undefined for anything else, including impossible dates.
 */
export function parseDateInput(text: string): PaperDate | undefined {
  const value = text.trim();
  const date = { precision: value.startsWith('--') ? 'month-day' : 'day', value };
  const checked = PaperDateSchema.safeParse(date);
  return checked.success ? checked.data : undefined;
}

/** The entry a new paper duplicates (same arXiv id or DOI, or else same normalised title), and how it matched. */
export function findExisting(known: KnownEntry[], paper: { title?: string; arxiv?: string; doi?: string }): { entry: KnownEntry; by: MatchedBy } | undefined {
  const match = indexEntries(known).match({ ...paper, title: paper.title ?? '' });
  return match && { entry: match.value, by: match.by };
}

/**
 * The new entry's data, with the classifier's verdict: its theme when the contributor gave none
 * (recorded as the importer's choice, so an unsure one lands in the review queue), else theirs
 * (recorded as a curator's choice, which always wins).
 */
export function draftEntry(paper: NewPaper, slug: string, today: string): { entry: EntryInput; verdict: Classification } {
  const verdict = classifyPaper(paper);
  // What a contributor types is a curator's value: no provenance, and no recorded source (which would say digest).
  const { provenance: _provenance, sources: _sources, ...imported } = paperToEntry({ ...paper, line: 1 }, '', slug, today);
  const entry: EntryInput = { ...imported, ...(paper.authors?.length ? { authors: paper.authors } : {}), ...(paper.doi ? { doi: paper.doi } : {}), ...(paper.venue ? { venue: paper.venue } : {}) };
  if (!paper.theme) return { entry, verdict };
  const theme = paper.theme;
  return {
    entry: { ...entry, theme, secondaryThemes: (entry.secondaryThemes ?? []).filter((id) => id !== theme), themeReason: { ...entry.themeReason, source: 'curator' } },
    verdict,
  };
}

/** Says why the classifier suggests its theme: the scores and the terms that decided, for people. */
export function explainVerdict(verdict: Classification, reviewMargin: number): string[] {
  const scores = Object.entries(verdict.scores).sort((a, b) => b[1] - a[1]).map(([id, score]) => `${id} ${Math.round(score * 10) / 10}`).join(', ');
  const terms = (verdict.matched[verdict.theme] ?? []).slice(0, 6).join(', ');
  const lines = [
    `The classifier suggests ${verdict.theme} (${getTheme(verdict.theme).name}).`,
    `  scores:  ${scores}`,
    `  because: ${terms || 'no theme term matched; this is the fallback theme'}`,
  ];
  if (verdict.margin < reviewMargin) lines.push(`  It is unsure (margin ${Math.round(verdict.margin * 10) / 10}): please choose the theme yourself.`);
  lines.push(secondaryLine(verdict));
  return lines;
}

/** Says which secondary themes the classifier adds, and by which rule, so none is added silently. */
function secondaryLine(verdict: Classification, config = themesConfig): string {
  const best = Math.max(...Object.values(verdict.scores));
  const rule = `at least ${config.secondaryMinScore} and ${Math.round(config.secondaryRatio * 100)}% of the top score ${Math.round(best * 10) / 10}`;
  if (verdict.secondaryThemes.length === 0) return `  secondary themes: none (no other theme scored ${rule})`;
  const added = verdict.secondaryThemes.map((id) => `${id} (score ${Math.round(verdict.scores[id] * 10) / 10}: ${(verdict.matched[id] ?? []).slice(0, 3).join(', ')})`);
  return `  secondary themes added: ${added.join('; ')}, because each scored ${rule}`;
}
