import { classifyPaper } from '../classify.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { themesConfig } from '../themes.ts';
import type { CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * The review queue: entries whose theme the importer chose while the classifier was unsure (the
 * margin between the top two themes below `reviewMargin` in content/themes.json). Warnings, not
 * errors: the entry is fine as it is, but a curator should confirm the theme.
 */
export function reviewQueue(files: CheckedFile[], config = themesConfig): Diagnostic[] {
  const queue: Diagnostic[] = [];
  for (const file of files) {
    const { title, abstract, theme, themeReason, arxivCategory } = file.data ?? {};
    if (typeof title !== 'string' || typeof abstract !== 'string' || (themeReason as { source?: unknown } | undefined)?.source !== 'importer') continue;
    const verdict = classifyPaper({ title, abstract, ...(typeof arxivCategory === 'string' ? { arxivCategory } : {}) }, config);
    if (verdict.margin >= config.reviewMargin) continue;
    const scores = Object.entries(verdict.scores).sort((a, b) => b[1] - a[1]).map(([id, score]) => `${id} ${Math.round(score * 10) / 10}`).join(', ');
    queue.push({
      severity: 'warning',
      file: file.file,
      line: fieldLine(file.text, ['theme']),
      message: `review the theme: the classifier chose "${theme}" by a margin of ${Math.round(verdict.margin * 10) / 10} (below reviewMargin ${config.reviewMargin})`,
      found: `scores: ${scores}`,
      fix: 'judge by the main contribution (the rubric is in CONTRIBUTING.md), set theme: accordingly and themeReason.source: curator',
    });
  }
  return queue;
}
