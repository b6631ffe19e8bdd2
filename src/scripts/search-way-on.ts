import type { Pagefind } from './pagefind-loader.ts';
import { countResults } from './search-facets.ts';
import { closestTerms } from './search-spelling.ts';
import { FACETS, toggleChoice, type Facet, type SearchState } from './search-state.ts';

/** One way on from a search that found nothing: the changed search, said in words, and what it finds. */
export interface WayOn {
  kind: 'word' | 'filter' | 'spelling';
  /** The link's text, which says what the reader gets: `Search “report generation”`. */
  link: string;
  /** What changes, after the link: `without “radiology”`. */
  detail: string;
  state: SearchState;
  count: number;
}

const PER_KIND = 3;

/**
 * The ways on from zero results, each one change away and each checked to find papers: drop a word
 * of the query, drop a chosen filter (or all of them), or swap an unknown word for a known word of
 * the index within a small edit distance. `terms` loads the index's word list (only called when the
 * query has a word to correct); `label` names a facet value for people.
 */
export async function waysOn(
  pagefind: Pagefind,
  state: SearchState,
  label: (facet: Facet, value: string) => string,
  terms: () => Promise<string[]>,
): Promise<WayOn[]> {
  const words = state.q.split(/\s+/).filter(Boolean);
  const candidates: Array<Omit<WayOn, 'count'>> = [];
  const withQuery = (q: string): SearchState => ({ ...state, q });
  if (words.length > 1) {
    words.forEach((word, i) => {
      const q = words.filter((_, j) => j !== i).join(' ');
      candidates.push({ kind: 'word', link: `Search “${q}”`, detail: `without “${word}”`, state: withQuery(q) });
    });
  }
  const chosen = FACETS.flatMap((facet) => state.chosen[facet].map((value) => [facet, value] as const));
  for (const [facet, value] of chosen) {
    candidates.push({
      kind: 'filter',
      link: `Remove the filter ${label(facet, value)}`,
      detail: '',
      state: toggleChoice(state, facet, value),
    });
  }
  if (chosen.length > 1) {
    const none = {
      ...state,
      chosen: Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as SearchState['chosen'],
    };
    candidates.push({ kind: 'filter', link: 'Remove all filters', detail: '', state: none });
  }
  const correctable = words.some((word) => word.length > 3);
  const known = correctable ? await terms() : [];
  words.forEach((word, i) => {
    for (const term of closestTerms(word, known)) {
      const q = words.map((w, j) => (j === i ? term : w)).join(' ');
      candidates.push({
        kind: 'spelling',
        link: `Search “${q}”`,
        detail: `(“${term}” for “${word}”)`,
        state: withQuery(q),
      });
    }
  });
  const counted = await Promise.all(
    candidates.map(async (way) => ({ ...way, count: await countResults(pagefind, way.state) })),
  );
  const found = counted.filter((way) => way.count > 0);
  return (['spelling', 'word', 'filter'] as const).flatMap((kind) =>
    found
      .filter((way) => way.kind === kind)
      .sort((a, b) => b.count - a.count)
      .slice(0, PER_KIND),
  );
}
