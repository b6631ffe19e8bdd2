import type { RelatedLink } from '../related/index.ts';
import { authorName } from '../authors.ts';
import { arxivUrl } from '../cite/urls.ts';
import { formatPaperDate } from '../dates.ts';
import { getTheme, themesConfig, type ThemeId } from '../themes.ts';
import type { QueueItem } from './review-queue.ts';

/** What the card shows of a related paper. */
export interface RelatedTitle extends RelatedLink {
  title: string;
}

/**
 * The text a curator reads before deciding on an entry: title, date and authors, the abstract
 * wrapped to the terminal, the classifier's verdict with the terms that decided it, the closest
 * related papers with the terms they share, and the paper's links. Plain text: the terminal shows
 * digest and API text literally.
 */
export function reviewCard(item: QueueItem, related: readonly RelatedTitle[], width = 100): string {
  const { entry, verdict } = item;
  const lines = [
    entry.title,
    `${formatPaperDate(entry.date)} · ${byline(item)} · ${item.file}`,
    '',
    ...wrap(entry.abstract, width),
    '',
  ];
  const ranked = themesConfig.themes.map((theme) => theme.id).sort((a, b) => verdict.scores[b] - verdict.scores[a]);
  lines.push(
    `Theme now: ${themeLabel(entry.theme)}${entry.secondaryThemes.length ? ` (also ${entry.secondaryThemes.map(themeLabel).join(', ')})` : ''}`,
  );
  lines.push(
    `Classifier: ${themeLabel(verdict.theme)} by a margin of ${round(verdict.margin)}${item.why === 'uncertain' ? `, below reviewMargin ${themesConfig.reviewMargin}: unsure` : ''}`,
  );
  const labelWidth = Math.max(...ranked.map((id) => themeLabel(id).length));
  for (const id of ranked.filter((theme) => verdict.scores[theme] > 0)) {
    lines.push(
      `  ${themeLabel(id).padEnd(labelWidth)} ${String(round(verdict.scores[id])).padStart(5)}  ${verdict.matched[id].slice(0, 6).join(', ')}`,
    );
  }
  if (related.length > 0) {
    lines.push('', 'Related papers:');
    for (const link of related) {
      const shared = link.sharedTerms.length ? ` (${link.sharedTerms.join(', ')})` : '';
      lines.push(`  ${truncate(link.title, width - 2 - shared.length)}${shared}`);
    }
  }
  const links = paperLinks(item);
  if (links.length > 0) lines.push('', 'Links:', ...links.map((link) => `  ${link}`));
  if (entry.note) lines.push('', `Note: ${entry.note}`);
  return lines.join('\n');
}

function byline({ entry }: QueueItem): string {
  if (entry.authors?.length)
    return entry.authors.length > 3
      ? `${entry.authors.slice(0, 3).map(authorName).join(', ')} and ${entry.authors.length - 3} more`
      : entry.authors.map(authorName).join(', ');
  if (entry.organization) return entry.organization.name;
  return entry.authorsCount ? `${entry.authorsCount} authors` : 'authors unknown';
}

function paperLinks({ entry }: QueueItem): string[] {
  return [
    ...(entry.arxiv ? [`arXiv    ${arxivUrl(entry.arxiv)}`] : []),
    ...(entry.doi ? [`DOI      https://doi.org/${entry.doi}`] : []),
    ...entry.links.map((link) => `${link.kind.padEnd(8)} ${link.url}`),
  ];
}

function themeLabel(id: ThemeId): string {
  return getTheme(id).name;
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(10, width - 1))}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Wraps text at word boundaries; a word longer than the width (a URL) gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
