import type { FacetCounts } from './search-facets.ts';
import { FACETS, type Facet, type SearchState } from './search-state.ts';

const LEGENDS: Record<Facet, string> = { theme: 'Theme', year: 'Year', venue: 'Venue', code: 'Code' };
/** Venues beyond this many (by papers) fold into a "more venues" list: a large survey has hundreds. */
const VENUES_SHOWN = 8;

/** The values each facet offers, in the order the page lists them. */
export type FacetValues = Record<Facet, string[]>;

/**
 * The values each facet offers, from Pagefind's counts over the whole index: themes in the themes
 * file's order, years newest first, venues with the most papers first, and "has code" when any paper
 * has code. A facet no paper has a value for is left out.
 */
export function facetValues(all: FacetCounts, themeIds: string[]): FacetValues {
  const byCount = (counts: Record<string, number>) =>
    Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b));
  return {
    theme: themeIds,
    year: Object.keys(all.year).sort().reverse(),
    venue: byCount(all.venue),
    code: Object.keys(all.code),
  };
}

/** Builds the facet checkboxes once: one fieldset per facet, each value with its count. */
export function buildFilters(
  box: HTMLElement,
  values: FacetValues,
  label: (facet: Facet, value: string) => string,
): void {
  for (const facet of FACETS) {
    if (values[facet].length === 0) continue;
    const fieldset = box.appendChild(document.createElement('fieldset'));
    fieldset.appendChild(document.createElement('legend')).textContent = LEGENDS[facet];
    let target: HTMLElement = fieldset;
    values[facet].forEach((value, i) => {
      if (facet === 'venue' && i === VENUES_SHOWN) {
        const more = fieldset.appendChild(document.createElement('details'));
        more.className = 'more-values';
        const rest = values[facet].length - VENUES_SHOWN;
        more.appendChild(document.createElement('summary')).textContent =
          `${rest} more ${rest === 1 ? 'venue' : 'venues'}`;
        target = more;
      }
      const row = target.appendChild(document.createElement('label'));
      const box = row.appendChild(document.createElement('input'));
      Object.assign(box, { type: 'checkbox', name: facet, value });
      row.append(` ${label(facet, value)} `);
      row.appendChild(document.createElement('span')).dataset.count = '';
    });
  }
}

/** Ticks the chosen values and writes each value's count; a value that would give nothing is dimmed. */
export function updateFilters(box: HTMLElement, state: SearchState, counts: FacetCounts): void {
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const facet = input.name as Facet;
    const count = counts[facet]?.[input.value] ?? 0;
    input.checked = state.chosen[facet].includes(input.value);
    input.parentElement!.querySelector<HTMLElement>('[data-count]')!.textContent = `(${count})`;
    input.parentElement!.classList.toggle('is-zero', count === 0 && !input.checked);
    if (input.checked) input.closest('details.more-values')?.setAttribute('open', '');
  }
}

/** The chosen values, read back from the checkboxes. */
export function chosenInFilters(box: HTMLElement): SearchState['chosen'] {
  const chosen = Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])) as SearchState['chosen'];
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked'))
    chosen[input.name as Facet].push(input.value);
  return chosen;
}
