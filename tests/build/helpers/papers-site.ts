import { cp, rm } from 'node:fs/promises';
import { buildSite, type BuiltSite } from './build-site.ts';
import { readPages, type BuiltPage } from './dist.ts';
import { readEntryFacts, type EntryFacts } from './entries.ts';
import { writeTablePapers, type TablePaper } from './table-papers.ts';

/** A survey built with generated papers: the site, its pages, the entry files' facts, and its cleanup. */
export interface PapersSite {
  site: BuiltSite;
  pages: BuiltPage[];
  entries: EntryFacts[];
  cleanup(): Promise<void>;
}

/**
 * Builds the seed survey with `papers` added (and the entry files under `fixtures`, if given), then
 * reads every built page and every entry file, which the tests compare. `cleanup` removes both the
 * build and the generated entries.
 */
export async function buildWithPapers(
  papers: TablePaper[],
  options: { fixtures?: string; base?: string } = {},
): Promise<PapersSite> {
  const extraDir = await writeTablePapers(papers);
  const removeExtra = () => rm(extraDir, { recursive: true, force: true });
  try {
    if (options.fixtures) await cp(options.fixtures, extraDir, { recursive: true });
    const site = await buildSite({ base: options.base, extraPapers: extraDir });
    const cleanup = async () => {
      await site.cleanup();
      await removeExtra();
    };
    return { site, pages: await readPages(site.dist, site.base), entries: await readEntryFacts(site.root), cleanup };
  } catch (error) {
    await removeExtra();
    throw error;
  }
}
