import { entryToBibtex } from '../cite/bibtex.ts';
import { citationKeys, type SurveyKeys } from '../cite/citation-key.ts';
import { compareText } from '../cite/order.ts';
import type { SurveyInfo } from '../cite/cite-context.ts';
import { entryUrl } from '../cite/urls.ts';
import type { Entry } from '../schema.ts';

/**
 * A `.bib` file citing the given papers, ordered by citation key, for `/papers.bib` and the per-theme
 * files. Keys are unique across `keys`: compute them once over the whole survey (`citationKeys`) and
 * pass them to every part, so a paper has the same key in every file.
 *
 * @example
 * const keys = citationKeys(all);
 * entriesToBibliography(all.filter((entry) => entry.theme === 'imaging'), survey, keys);
 */
export function entriesToBibliography(
  entries: readonly Entry[],
  survey: SurveyInfo,
  keys: SurveyKeys = citationKeys(entries),
): string {
  return entries
    .map((entry) => ({ entry, key: keys.key.get(entry.slug) }))
    .map(({ entry, key }) => {
      if (!key)
        throw new Error(
          `entriesToBibliography: no citation key for entry "${entry.slug}"; compute keys with citationKeys over all entries`,
        );
      return {
        key,
        bibtex: entryToBibtex(entry, {
          survey,
          url: entryUrl(survey.siteUrl, entry.slug),
          key,
          aliases: keys.aliases.get(entry.slug),
        }),
      };
    })
    .sort((a, b) => compareText(a.key, b.key))
    .map(({ bibtex }) => bibtex)
    .join('\n');
}
