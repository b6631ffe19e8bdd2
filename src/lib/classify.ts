import { themesConfig, type ThemeId } from './themes.ts';

/** The classifier's verdict and its evidence, kept in the entry so anyone can see why. */
export interface Classification {
  theme: ThemeId;
  secondaryThemes: ThemeId[];
  /** Terms found, per theme, strongest first. */
  matched: Record<ThemeId, string[]>;
  /** Score per theme. */
  scores: Record<ThemeId, number>;
  /** Top score minus runner-up: small margins go to the curators' review queue. */
  margin: number;
}

const patternCache = new Map<string, RegExp>();

/** A term matches as a whole word or phrase; a trailing `*` lets it match any ending (`segment*`). */
function termPattern(term: string): RegExp {
  let pattern = patternCache.get(term);
  if (!pattern) {
    const prefix = term.endsWith('*');
    const escaped = (prefix ? term.slice(0, -1) : term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const tail = prefix ? '' : '(?![\\p{L}\\p{N}])';
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}${tail}`, 'giu');
    patternCache.set(term, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function countMatches(text: string, term: string): number {
  return text.match(termPattern(term))?.length ?? 0;
}

// "We propose…", "this paper introduces…": where authors state their main contribution.
const CONTRIBUTION = /\b(we|this (?:paper|study|work))\b[^.]{0,40}?\b(propose|introduce|present|develop|release|build|construct|curate|create)[sd]?\b/i;

/** The abstract's sentences in which the authors say what they contribute. */
export function contributionSentences(abstract: string): string {
  return abstract.split(/(?<=[.!?])\s+(?=[A-Z])/).filter((sentence) => CONTRIBUTION.test(sentence)).join(' ');
}

/**
 * Scores a paper against each theme's weighted terms (`titleTerms` in the title, `terms` anywhere) and
 * picks the best as primary; themes scoring at least `secondaryRatio` of the best become secondary.
 * Transparent on purpose: the terms and weights live in `content/themes.json`.
 */
export function classifyPaper(paper: { title: string; abstract: string }, config = themesConfig): Classification {
  const scores: Record<ThemeId, number> = {};
  const titleScores: Record<ThemeId, number> = {};
  const matched: Record<ThemeId, string[]> = {};
  const contribution = contributionSentences(paper.abstract);
  for (const theme of config.themes) {
    const hits: Array<[string, number]> = [];
    for (const [term, weight] of Object.entries(theme.titleTerms)) {
      if (countMatches(paper.title, term) > 0) hits.push([`title: ${term}`, weight]);
      else if (countMatches(contribution, term) > 0) hits.push([`contribution: ${term}`, weight * config.contributionWeight]);
    }
    titleScores[theme.id] = hits.filter(([term]) => term.startsWith('title: ')).reduce((sum, [, points]) => sum + points, 0);
    const text = `${paper.title}\n${paper.abstract}`;
    for (const [term, weight] of Object.entries(theme.terms)) {
      // Repeats count, but only up to maxRepeats times, so one word cannot carry a paper.
      const count = Math.min(countMatches(text, term), config.maxRepeats);
      if (count > 0) hits.push([term, weight * count]);
    }
    hits.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    scores[theme.id] = hits.reduce((sum, [, points]) => sum + points, 0);
    matched[theme.id] = hits.map(([term]) => term);
  }
  // Ties go to the theme listed first in the themes file, so the verdict is deterministic.
  const ranked = config.themes.map((theme) => theme.id).sort((a, b) => scores[b] - scores[a]);
  const best = scores[ranked[0]];
  // A title that says what the paper contributes (a benchmark, an evaluation, factuality) decides.
  const claimants = config.claimOrder.filter((id) => titleScores[id] >= config.claimAt);
  const claimed = claimants.sort((a, b) => titleScores[b] - titleScores[a])[0];
  const theme = claimed ?? (best > 0 ? ranked[0] : config.fallbackTheme);
  const secondaryThemes = ranked.filter((id) => id !== theme && scores[id] >= config.secondaryMinScore && scores[id] >= best * config.secondaryRatio);
  const runnerUp = Math.max(0, ...ranked.filter((id) => id !== theme).map((id) => scores[id]));
  return { theme, secondaryThemes, matched, scores, margin: claimed ? titleScores[claimed] : scores[theme] - runnerUp };
}
