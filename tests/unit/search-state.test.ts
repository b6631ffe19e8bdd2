import { describe, expect, test } from 'vitest';
import {
  emptyState,
  hasChoices,
  stateFromParams,
  stateToFilters,
  stateToParams,
  stateToSearchOptions,
  toggleChoice,
} from '../../src/scripts/search-state.ts';

describe('stateFromParams / stateToParams', () => {
  test('reads every facet, repeated values once, and writes the same query back', () => {
    const query = 'q=brain+mri&theme=imaging&theme=alignment&year=2024&venue=Nature+Medicine&code=yes&sort=newest';
    const state = stateFromParams(new URLSearchParams(`${query}&theme=imaging`));
    expect(state).toEqual({
      q: 'brain mri',
      chosen: { theme: ['imaging', 'alignment'], year: ['2024'], venue: ['Nature Medicine'], code: ['yes'] },
      sort: 'newest',
    });
    expect(stateToParams(state).toString()).toBe(query);
  });

  test('a venue with a comma and a colon survives the round trip', () => {
    const venue = 'Proceedings of ACL (Volume 1: Long Papers), Vienna';
    const state = toggleChoice(emptyState(), 'venue', venue);
    expect(stateFromParams(stateToParams(state)).chosen.venue).toEqual([venue]);
  });

  test('leaves out defaults, drops unknown code values and empty values', () => {
    expect(stateToParams(emptyState()).toString()).toBe('');
    expect(stateFromParams(new URLSearchParams('code=maybe&year=&sort=oldest'))).toEqual(emptyState());
  });
});

describe('stateToFilters', () => {
  const state = { ...emptyState(), chosen: { theme: ['imaging', 'alignment'], year: ['2024'], venue: [], code: [] } };

  test('names every facet (Pagefind counts only named filters), with OR inside a facet', () => {
    expect(stateToFilters(state)).toEqual({
      theme: { any: ['imaging', 'alignment'] },
      year: { any: ['2024'] },
      venue: { any: [] },
      code: { any: [] },
    });
  });

  test("leaves out one facet's choices when asked, for that facet's counts", () => {
    expect(stateToFilters(state, 'theme')).toEqual({
      theme: { any: [] },
      year: { any: ['2024'] },
      venue: { any: [] },
      code: { any: [] },
    });
  });

  test('sorts by date only for "newest"', () => {
    expect(stateToSearchOptions(state)).not.toHaveProperty('sort');
    expect(stateToSearchOptions({ ...state, sort: 'newest' }).sort).toEqual({ date: 'desc' });
  });
});

describe('toggleChoice / hasChoices', () => {
  test('adds a value, removes it again, and never changes the state it was given', () => {
    const start = emptyState();
    const on = toggleChoice(start, 'year', '2023');
    expect(on.chosen.year).toEqual(['2023']);
    expect(hasChoices(on)).toBe(true);
    expect(toggleChoice(on, 'year', '2023').chosen.year).toEqual([]);
    expect(start).toEqual(emptyState());
    expect(hasChoices(start)).toBe(false);
  });
});
