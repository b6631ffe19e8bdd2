import { buildRelatedData, type RelatedData } from '../lib/related/survey-related.ts';
import type { RelatedLink } from '../lib/related/index.ts';
import { getSiteData, type Paper } from './site-data.ts';

/** One related paper as its link shows it: the entry, and the link's score, shared terms and pin. */
export interface RelatedPaper {
  paper: Paper;
  link: RelatedLink;
}

/** The build's related data, with the entry behind each slug so that a link can show its paper. */
export type SiteRelatedData = RelatedData & { bySlug: ReadonlyMap<string, Paper> };

let cached: Promise<SiteRelatedData> | undefined;

/**
 * Related links, theme terms and rising terms, computed once per build from the papers that
 * `getSiteData` already read (never per page: every paper page asks for its links).
 */
export function getRelatedData(): Promise<SiteRelatedData> {
  cached ??= getSiteData().then(({ all }) => {
    const data = buildRelatedData(all);
    warnAboutOverrides(data, all);
    return { ...data, bySlug: new Map(all.map((paper) => [paper.id, paper])) };
  });
  return cached;
}

/** The papers a paper's page links to as related, best first (pins first). */
export async function getRelatedPapers(slug: string): Promise<RelatedPaper[]> {
  const { links, bySlug } = await getRelatedData();
  return (links.get(slug) ?? []).map((link) => ({ paper: bySlug.get(link.slug)!, link }));
}

/** A pin or exclude that names no paper cannot take effect: say which file and slug to fix. */
function warnAboutOverrides({ problems }: RelatedData, papers: Paper[]): void {
  const files = new Map(papers.map((paper) => [paper.id, paper.filePath ?? paper.id]));
  for (const { slug, field, target, reason } of problems) {
    const why = reason === 'unknown slug' ? 'which is no paper of the survey' : 'which is the paper itself';
    console.warn(`${files.get(slug)}: ${field} names "${target}", ${why}; it is ignored. Fix the slug or remove it.`);
  }
}
