/** The survey's feeds: `''` for every paper, or a theme id for that theme's papers. */
export type FeedKey = string;

/** The site path of a feed's subscription document: `/feed.xml`, `/themes/<theme>.xml`. */
export function feedPath(key: FeedKey): string {
  return key === '' ? '/feed.xml' : `/themes/${key}.xml`;
}

/** The site path of a feed's archive document `n` (1 is the oldest): `/feed/archive-1.xml`, `/themes/<theme>/archive-1.xml`. */
export function feedArchivePath(key: FeedKey, n: number): string {
  return key === '' ? `/feed/archive-${n}.xml` : `/themes/${key}/archive-${n}.xml`;
}
