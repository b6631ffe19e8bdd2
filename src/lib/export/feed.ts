import { authorName } from '../authors.ts';
import { Feed } from 'feed';
import { compareText } from '../cite/order.ts';
import type { SurveyInfo } from '../cite/cite-context.ts';
import { entryUrl } from '../cite/urls.ts';
import type { Entry } from '../schema.ts';
import { paperDateKey } from '../dates.ts';
import { getTheme } from '../themes.ts';

/**
 * Entries per feed document. The subscription feed (`/feed.xml`) carries the newest this many; every
 * older entry is in an archive document (RFC 5005), so no paper is hidden and no document grows without bound.
 */
export const FEED_PAGE_SIZE = 100;

/** Links of one feed document: itself, and (RFC 5005) the subscription feed and neighbouring archives. */
export interface FeedLinks {
  /** The document's own absolute URL. */
  self: string;
  /** In an archive: the subscription feed's URL. */
  current?: string;
  /** The next older archive. */
  prevArchive?: string;
  /** The next newer archive (archives only). */
  nextArchive?: string;
}

/** What a feed document says about itself: its title and description (the survey's by default), and links. */
export interface FeedOptions {
  links: FeedLinks;
  /** The feed's permanent `atom:id`, shared by its archives; its own URL by default. */
  id?: string;
  title?: string;
  description?: string;
  /** True for an archive document (`<fh:archive/>`): its entries do not change once complete. */
  archive?: boolean;
}

/** Published entries in feed order: most recently added first, then the newest paper, then by title and slug. */
export function feedOrder(entries: readonly Entry[]): Entry[] {
  return entries
    .filter((entry) => entry.status === 'published')
    .sort(
      (a, b) =>
        compareText(b.added, a.added) ||
        compareText(paperDateKey(b.date), paperDateKey(a.date)) ||
        compareText(a.title, b.title) ||
        compareText(a.slug, b.slug),
    );
}

/**
 * Splits entries in feed order into the subscription document (the newest `size`) and archives of
 * exactly `size` entries counted from the oldest, oldest archive first. The archives hold every entry
 * the subscription document does not, and a complete archive keeps its entries as the survey grows.
 */
export function feedDocuments<T>(ordered: readonly T[], size = FEED_PAGE_SIZE): { current: T[]; archives: T[][] } {
  const oldestFirst = [...ordered].reverse();
  const count = Math.max(0, Math.floor((ordered.length - 1) / size));
  const archives = Array.from({ length: count }, (_, i) => oldestFirst.slice(i * size, (i + 1) * size).reverse());
  return { current: ordered.slice(0, size), archives };
}

/**
 * One Atom 1.0 document of entries, in the order given. Deterministic: its `updated` is the newest
 * entry's day, not the build time.
 */
export function entriesToAtomFeed(entries: readonly Entry[], survey: SurveyInfo, options: FeedOptions): string {
  const title = options.title ?? survey.title;
  const feed = new Feed({
    id: options.id ?? options.links.current ?? options.links.self,
    link: survey.siteUrl,
    title,
    description: options.description ?? `Papers newly added to ${survey.title}`,
    updated: dayToDate(
      entries.reduce((newest, entry) => (entry.added > newest ? entry.added : newest), '') ||
        survey.released ||
        '1970-01-01',
    ),
    copyright: `${survey.title}, ${survey.license.spdx}`,
    generator: false,
    feedLinks: { atom: options.links.self },
    ...(survey.editors.length ? { author: { name: survey.editors.map((editor) => editor.name).join(', ') } } : {}),
  });
  for (const entry of entries) {
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
  return withHistoryLinks(feed.atom1(), options);
}

// The feed library writes only alternate and self links; RFC 5005's links and archive marker go in after self.
function withHistoryLinks(xml: string, options: FeedOptions): string {
  const { current, prevArchive, nextArchive } = options.links;
  const extra = [
    current && `<link rel="current" href="${escapeHtml(current)}"/>`,
    prevArchive && `<link rel="prev-archive" href="${escapeHtml(prevArchive)}"/>`,
    nextArchive && `<link rel="next-archive" href="${escapeHtml(nextArchive)}"/>`,
    options.archive && '<fh:archive/>',
  ].filter(Boolean);
  if (extra.length === 0) return xml;
  const withNamespace = xml.replace(
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0">',
  );
  return withNamespace.replace(
    /(\n(\s*)<link rel="self"[^\n]*)/,
    (line, _all, indent: string) => `${line}${extra.map((element) => `\n${indent}${element}`).join('')}`,
  );
}

function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Escapes text for HTML; `>` too, so no text can end a CDATA section with `]]>`. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
