import { authorName } from '../authors.ts';
import { Feed } from 'feed';
import { compareText } from '../cite/order.ts';
import type { SurveyInfo } from '../cite/survey-info.ts';
import { entryUrl } from '../cite/urls.ts';
import type { Entry } from '../schema.ts';
import { getTheme } from '../themes.ts';

/** How many of the newest additions the feed carries unless told otherwise. */
export const FEED_LIMIT = 50;

/** Options of the feed: its own absolute URL, and how many entries it carries. */
export interface FeedOptions {
  selfUrl: string;
  limit?: number;
}

/**
 * An Atom 1.0 feed of the newest additions to the survey (published entries, newest `added` first, then
 * by slug). Deterministic: the feed's `updated` is the newest entry's day, not the build time.
 */
export function entriesToAtomFeed(entries: readonly Entry[], survey: SurveyInfo, options: FeedOptions): string {
  const newest = entries
    .filter((entry) => entry.status === 'published')
    .sort((a, b) => compareText(b.added, a.added) || compareText(a.slug, b.slug))
    .slice(0, options.limit ?? FEED_LIMIT);
  const feed = new Feed({
    id: survey.siteUrl,
    link: survey.siteUrl,
    title: survey.title,
    description: `Papers newly added to ${survey.title}`,
    updated: dayToDate(newest[0]?.added ?? survey.released ?? '1970-01-01'),
    copyright: `${survey.title}, ${survey.license.spdx}`,
    generator: false,
    feedLinks: { atom: options.selfUrl },
    ...(survey.editors.length ? { author: { name: survey.editors.map((editor) => editor.name).join(', ') } } : {}),
  });
  for (const entry of newest) {
    const url = entryUrl(survey.siteUrl, entry.slug);
    // The library writes titles and summaries as type="html" in CDATA, so the text goes in as HTML.
    feed.addItem({
      id: url,
      link: url,
      title: escapeHtml(entry.title),
      description: escapeHtml(entry.abstract),
      date: dayToDate(entry.added),
      category: [{ name: getTheme(entry.theme).name, term: entry.theme }],
      ...(entry.authors?.length ? { author: entry.authors.map((author) => ({ name: authorName(author) })) } : {}),
    });
  }
  return feed.atom1();
}

function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Escapes text for HTML; `>` too, so no text can end a CDATA section with `]]>`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
