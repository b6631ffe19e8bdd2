import type { PaperSource } from './paper-lists.ts';

/** One URL slug of a paper: its current slug, or an old one (`alias`) that must keep working. */
export interface PaperSlug<P extends PaperSource> {
  slug: string;
  paper: P;
  alias: boolean;
}

/**
 * Every slug each paper answers to: its own, then its aliases. An alias that is another entry's slug,
 * or an alias already claimed, is skipped (the page, or the first claim, wins; `npm run check` reports
 * the clash), as `siteRoutes` does.
 */
export function paperSlugs<P extends PaperSource>(papers: readonly P[]): PaperSlug<P>[] {
  const slugs: PaperSlug<P>[] = papers.map((paper) => ({ slug: paper.id, paper, alias: false }));
  const taken = new Set(slugs.map((entry) => entry.slug));
  for (const paper of papers) {
    for (const alias of paper.data.aliases) {
      if (taken.has(alias)) continue;
      taken.add(alias);
      slugs.push({ slug: alias, paper, alias: true });
    }
  }
  return slugs;
}
