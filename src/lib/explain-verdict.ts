import { classifyPaper, type Classification } from './classify.ts';
import { getTheme, themesConfig } from './themes.ts';

/** Says why the classifier suggests its theme: the scores and the terms that decided, for people. */
export function explainVerdict(verdict: Classification, reviewMargin: number): string[] {
  const scores = Object.entries(verdict.scores)
    .sort((a, b) => b[1] - a[1])
    .map(([id, score]) => `${id} ${Math.round(score * 10) / 10}`)
    .join(', ');
  const terms = (verdict.matched[verdict.theme] ?? []).slice(0, 6).join(', ');
  const lines = [
    `The classifier suggests ${verdict.theme} (${getTheme(verdict.theme).name}).`,
    `  scores:  ${scores}`,
    `  because: ${terms || 'no theme term matched; this is the fallback theme'}`,
  ];
  if (verdict.margin < reviewMargin)
    lines.push(`  It is unsure (margin ${Math.round(verdict.margin * 10) / 10}): please choose the theme yourself.`);
  lines.push(secondaryLine(verdict));
  return lines;
}

/** Says which secondary themes the classifier adds, and by which rule, so none is added silently. */
function secondaryLine(verdict: Classification, config = themesConfig): string {
  const best = Math.max(...Object.values(verdict.scores));
  const rule = `at least ${config.secondaryMinScore} and ${Math.round(config.secondaryRatio * 100)}% of the top score ${Math.round(best * 10) / 10}`;
  if (verdict.secondaryThemes.length === 0) return `  secondary themes: none (no other theme scored ${rule})`;
  const added = verdict.secondaryThemes.map(
    (id) =>
      `${id} (score ${Math.round(verdict.scores[id] * 10) / 10}: ${(verdict.matched[id] ?? []).slice(0, 3).join(', ')})`,
  );
  return `  secondary themes added: ${added.join('; ')}, because each scored ${rule}`;
}

/**
 * Why the classifier chose an imported entry's theme, in one line for `npm run ingest -- --dry-run`:
 * computed now, since entries keep only the decision, never the evidence.
 */
export function themeEvidence(
  entry: { title: string; abstract: string; theme: string; arxivCategory?: string },
  config = themesConfig,
): string {
  const verdict = classifyPaper(entry, config);
  const terms = (verdict.matched[entry.theme] ?? []).slice(0, 5).join(', ');
  return `because: ${terms || 'no theme term matched (the fallback theme)'}; margin ${Math.round(verdict.margin * 10) / 10}${verdict.margin < config.reviewMargin ? ', unsure: npm run review will ask a curator' : ''}`;
}
