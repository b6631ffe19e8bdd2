import { Feed } from 'feed';
import type { SurveyInfo } from '../cite/cite-context.ts';
import { entryUrl } from '../cite/urls.ts';
import { getTheme } from '../themes.ts';
import type { Change, ChangeDay } from './changes.ts';

/** How many changes the feed carries: enough for a reader who checks monthly. */
export const CHANGES_FEED_LIMIT = 200;

/** One line saying what happened, as the changes page and feed both word it. */
export function describeChange(change: Change): string {
  switch (change.kind) {
    case 'added':
      return `Added: ${change.title}`;
    case 'retitled':
      return `Retitled: “${change.from}” is now “${change.to}”`;
    case 'moved':
      return `Moved from ${getTheme(change.from).name} to ${getTheme(change.to).name}: ${change.title}`;
    case 'withdrawn':
      return `Withdrawn: ${change.title}`;
  }
}

/**
 * An Atom feed of the survey's changes (additions, retitles, moves, withdrawals), newest first. Each
 * item's id names the change, not just the page, so a feed reader shows a retitle as news even though
 * the paper's URL is the same. Deterministic: `updated` is the newest change's day.
 */
export function changesToAtomFeed(
  days: readonly ChangeDay[],
  survey: SurveyInfo,
  options: { selfUrl: string; pageUrl: string },
): string {
  const changes = days.flatMap((day) => day.changes).slice(0, CHANGES_FEED_LIMIT);
  const feed = new Feed({
    id: options.pageUrl,
    link: options.pageUrl,
    title: `${survey.title}: changes`,
    description: `Papers added to ${survey.title}, retitled, moved to another theme or withdrawn`,
    updated: dayToDate(days[0]?.date ?? survey.released ?? '1970-01-01'),
    copyright: `${survey.title}, ${survey.license.spdx}`,
    generator: false,
    feedLinks: { atom: options.selfUrl },
  });
  for (const change of changes) {
    const url = entryUrl(survey.siteUrl, change.current);
    feed.addItem({
      id: `${url}#${change.kind}-${change.date}`,
      link: url,
      title: escapeHtml(describeChange(change)),
      date: dayToDate(change.date),
    });
  }
  return feed.atom1();
}

function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Escapes text for the library's type="html" titles; `>` too, so no text can end a CDATA section. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
