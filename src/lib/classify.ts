import { TermMatcher, tokenizeWords } from './term-matcher.ts';
import { themesConfig, type ThemeId } from './themes.ts';

/** The classifier's verdict and its evidence, kept in the entry so anyone can see why. */
export interface Classification {
  theme: ThemeId;
  secondaryThemes: ThemeId[];
  /** Terms found, per theme, strongest first. */
  matched: Record<ThemeId, string[]>;
  /** Score per theme. */
  scores: Record<ThemeId, number>;
  /** How clear the verdict is (title score of a claiming theme, else top score minus runner-up). */
  margin: number;
}

type Config = typeof themesConfig;

// "We propose…", "this paper introduces…": where authors state their main contribution.
const CONTRIBUTION =
  /\b(we|this (?:paper|study|work))\b[^.]{0,40}?\b(propose|introduce|present|develop|release|build|construct|curate|create)[sd]?\b/i;

/** The abstract's sentences in which the authors say what they contribute. */
export function contributionSentences(abstract: string): string {
  return abstract
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .filter((sentence) => CONTRIBUTION.test(sentence))
    .join(' ');
}

interface Compiled {
  title: TermMatcher;
  body: TermMatcher;
  themes: Array<{
    id: ThemeId;
    titleTerms: Array<[string, number]>;
    terms: Array<[string, number]>;
    categories: Record<string, number>;
  }>;
}

const compiled = new WeakMap<Config, Compiled>();

/** Matchers and term lists built once per themes config, not once per paper. */
function compile(config: Config): Compiled {
  let built = compiled.get(config);
  if (!built) {
    built = {
      title: new TermMatcher(config.themes.flatMap((theme) => Object.keys(theme.titleTerms))),
      body: new TermMatcher(config.themes.flatMap((theme) => Object.keys(theme.terms))),
      themes: config.themes.map((theme) => ({
        id: theme.id,
        titleTerms: Object.entries(theme.titleTerms),
        terms: Object.entries(theme.terms),
        categories: theme.categories,
      })),
    };
    compiled.set(config, built);
  }
  return built;
}

/**
 * Scores a paper against each theme's weighted terms (`titleTerms` in the title or, at a discount,
 * in a contribution sentence; `terms` anywhere, capped repeats) and picks the primary theme: a theme
 * of `claimOrder` whose title score reaches `claimAt`, else the best total. Themes scoring at least
 * `secondaryRatio` of the best become secondary. The paper's arXiv primary category, when known, is
 * evidence too (a theme's `categories`), listed as `arXiv category: cs.CV`. Transparent on purpose: the
 * terms and weights live in `content/themes.json`, and the verdict lists the terms that decided.
 */
export function classifyPaper(
  paper: { title: string; abstract: string; arxivCategory?: string },
  config = themesConfig,
): Classification {
  const { title: titleMatcher, body: bodyMatcher, themes } = compile(config);
  const inTitle = titleMatcher.count(tokenizeWords(paper.title));
  const inContribution = titleMatcher.count(tokenizeWords(contributionSentences(paper.abstract)));
  const inText = bodyMatcher.count(tokenizeWords(`${paper.title}\n${paper.abstract}`));
  const scores: Record<ThemeId, number> = {};
  const titleScores: Record<ThemeId, number> = {};
  const matched: Record<ThemeId, string[]> = {};
  for (const theme of themes) {
    const hits: Array<[string, number]> = [];
    let titleScore = 0;
    for (const [term, weight] of theme.titleTerms) {
      if (inTitle.has(term)) {
        hits.push([`title: ${term}`, weight]);
        titleScore += weight;
      } else if (inContribution.has(term)) hits.push([`contribution: ${term}`, weight * config.contributionWeight]);
    }
    for (const [term, weight] of theme.terms) {
      // Repeats count, but only up to maxRepeats times, so one word cannot carry a paper.
      const count = Math.min(inText.get(term) ?? 0, config.maxRepeats);
      if (count > 0) hits.push([term, weight * count]);
    }
    const categoryWeight = paper.arxivCategory ? theme.categories[paper.arxivCategory] : undefined;
    if (categoryWeight) hits.push([`arXiv category: ${paper.arxivCategory}`, categoryWeight]);
    hits.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    scores[theme.id] = hits.reduce((sum, [, points]) => sum + points, 0);
    titleScores[theme.id] = titleScore;
    matched[theme.id] = hits.map(([term]) => term);
  }
  return decide(scores, titleScores, matched, config);
}

/** Picks primary and secondary themes from the scores; ties go to the theme listed first. */
function decide(
  scores: Record<ThemeId, number>,
  titleScores: Record<ThemeId, number>,
  matched: Record<ThemeId, string[]>,
  config: Config,
): Classification {
  const ranked = config.themes.map((theme) => theme.id).sort((a, b) => scores[b] - scores[a]);
  const best = scores[ranked[0]];
  // A title that says what the paper contributes (a benchmark, an evaluation, factuality) decides.
  const claimed = config.claimOrder
    .filter((id) => titleScores[id] >= config.claimAt)
    .sort((a, b) => titleScores[b] - titleScores[a])[0];
  const theme = claimed ?? (best > 0 ? ranked[0] : config.fallbackTheme);
  const secondaryThemes = ranked.filter(
    (id) => id !== theme && scores[id] >= config.secondaryMinScore && scores[id] >= best * config.secondaryRatio,
  );
  const runnerUp = Math.max(0, ...ranked.filter((id) => id !== theme).map((id) => scores[id]));
  return { theme, secondaryThemes, matched, scores, margin: claimed ? titleScores[claimed] : scores[theme] - runnerUp };
}
