import { absoluteUrl } from '../links.ts';
import type { PaperSource, SiteData } from '../paper-lists.ts';
import type { Entry } from '../schema.ts';
import { surveyInfoAt } from '../survey-info.ts';
import { getTheme } from '../themes.ts';
import { entriesToAtomFeed, feedDocuments, feedOrder } from './feed.ts';
import { feedArchivePath, feedPath, type FeedKey } from './feed-paths.ts';

/** A feed split into its subscription document and its archives (oldest first). */
export interface FeedPlan {
  key: FeedKey;
  current: Entry[];
  archives: Entry[][];
}

/** Every feed of the survey: all papers, then each theme with the papers its page lists. */
export function feedPlans({ published, themes }: Pick<SiteData<PaperSource>, 'published' | 'themes'>): FeedPlan[] {
  return [
    { key: '', ...feedDocuments(feedOrder(published.map((paper) => paper.data))) },
    ...themes.map((listing) => ({
      key: listing.theme.id,
      ...feedDocuments(feedOrder(listing.items.map((item) => item.paper.data))),
    })),
  ];
}

/** The Atom text of a feed's subscription document (`archive` undefined) or of one of its archives (from 1). */
export function renderFeed(plan: FeedPlan, archive: number | undefined, site: URL | undefined): string {
  const survey = surveyInfoAt(site);
  const url = (path: string) => absoluteUrl(path, site);
  const count = plan.archives.length;
  const theme = plan.key === '' ? undefined : getTheme(plan.key);
  const options = {
    // The survey's feed kept the survey's URL as its id from the start; a theme's feed is named by its URL.
    id: theme ? url(feedPath(plan.key)) : survey.siteUrl,
    ...(theme
      ? {
          title: `${survey.title}: ${theme.name}`,
          description: `Papers newly added to ${survey.title} on ${theme.name}`,
        }
      : {}),
  };
  if (archive === undefined) {
    return entriesToAtomFeed(plan.current, survey, {
      ...options,
      links: {
        self: url(feedPath(plan.key)),
        ...(count > 0 ? { prevArchive: url(feedArchivePath(plan.key, count)) } : {}),
      },
    });
  }
  const links = {
    self: url(feedArchivePath(plan.key, archive)),
    current: url(feedPath(plan.key)),
    ...(archive > 1 ? { prevArchive: url(feedArchivePath(plan.key, archive - 1)) } : {}),
    ...(archive < count ? { nextArchive: url(feedArchivePath(plan.key, archive + 1)) } : {}),
  };
  return entriesToAtomFeed(plan.archives[archive - 1]!, survey, { ...options, archive: true, links });
}

/** The response headers of every feed document. */
export const FEED_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8' };
