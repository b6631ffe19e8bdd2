import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteData, type SiteData } from '../lib/paper-lists.ts';
import { surveyConfig } from '../lib/survey-config.ts';

/** A paper as the pages get it: the collection entry, so a page can still `render()` its notes. */
export type Paper = CollectionEntry<'papers'>;

let cached: Promise<SiteData<Paper>> | undefined;

/**
 * The whole survey, read from the collection once per build and shared by every page. Astro renders
 * all pages in one process from one module graph, so this promise is created once; calling
 * `getCollection` per page instead is what makes large sites slow.
 */
export function getSiteData(): Promise<SiteData<Paper>> {
  cached ??= getCollection('papers').then((papers) => buildSiteData(papers, surveyConfig.newestCount));
  return cached;
}
