import type { Entry } from '../schema.ts';
import { didYouMean } from '../suggest.ts';
import { THEME_IDS } from '../themes.ts';
import type { ReviewDecision } from './revise-entry.ts';

/** The flags of `npm run review -- --slug <slug> …`, as `parseArgs` returns them. */
export interface DecisionFlags {
  accept?: boolean;
  theme?: string;
  secondary?: string;
  note?: string;
}

/** Why flags were refused; `usage` when the usage text helps (the flags do not fit together). */
export interface FlagProblem {
  problem: string;
  usage?: boolean;
}

/**
 * The decision the flags state for one entry: `--accept` keeps its themes, `--theme` changes them
 * (with `--secondary`, or else the entry's secondary themes less the new primary), `--note` is one
 * line. Or the problem with the flags, in words that say how to fix them.
 */
export function decisionFromFlags(flags: DecisionFlags, entry: Entry): { decision: ReviewDecision } | FlagProblem {
  if (Boolean(flags.accept) === Boolean(flags.theme)) {
    return { problem: 'give either --accept (keep the themes) or --theme <id> (change them)', usage: true };
  }
  const themes = [
    flags.theme,
    ...(flags.secondary
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean) ?? []),
  ].filter((id): id is string => id !== undefined);
  const unknown = themes.find((id) => !THEME_IDS.includes(id));
  if (unknown) {
    const guess = didYouMean(unknown, THEME_IDS);
    return {
      problem: `no theme "${unknown}"${guess ? `; did you mean "${guess}"?` : ''} (themes: ${THEME_IDS.join(', ')})`,
    };
  }
  const theme = flags.theme ?? entry.theme;
  const secondary =
    flags.secondary !== undefined
      ? themes.slice(flags.theme ? 1 : 0)
      : flags.theme
        ? entry.secondaryThemes.filter((id) => id !== theme)
        : entry.secondaryThemes;
  if (secondary.includes(theme))
    return { problem: `"${theme}" is the primary theme; list only other themes in --secondary` };
  const note = flags.note?.trim();
  if (note !== undefined && (note === '' || /\n/.test(note) || note.length > 280))
    return { problem: '--note takes one line of at most 280 characters' };
  return { decision: { theme, secondaryThemes: secondary, ...(flags.note !== undefined ? { note: flags.note } : {}) } };
}
