import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  compareRows,
  DEFAULT_STATE,
  filterRows,
  queryRows,
  sortRows,
  stateFromParams,
  stateToParams,
  type TableRow,
  type TableState,
} from '../../src/lib/table/index.ts';

const row = (slug: string, overrides: Partial<TableRow> = {}): TableRow => ({
  slug,
  title: slug,
  authors: '',
  dateKey: '2024-01-01',
  year: 2024,
  theme: 'imaging',
  venue: '',
  code: '',
  ...overrides,
});
const state = (overrides: Partial<TableState>): TableState => ({ ...DEFAULT_STATE, ...overrides });
const slugs = (rows: TableRow[]) => rows.map((r) => r.slug);

const ROWS = [
  row('ct', {
    title: 'Évaluation of CT triage',
    authors: 'Yang, Chen',
    dateKey: '2023-05-02',
    year: 2023,
    venue: 'Radiology',
    code: 'https://github.com/x/ct',
  }),
  row('notes', {
    title: 'Clinical notes with LLMs',
    authors: 'Alsentzer et al.',
    dateKey: '2025-03-01',
    year: 2025,
    theme: 'clinical-nlp',
  }),
  row('bench', {
    title: 'A benchmark for clinical QA',
    authors: 'Singhal',
    dateKey: '2025-07-09',
    year: 2025,
    theme: 'benchmarks',
    venue: 'Nature',
  }),
  row('nodate', { title: 'Undated imaging', dateKey: '0000-03-03', year: null }),
];

describe('queryRows', () => {
  test('orders newest first by default, papers without a year last', () => {
    expect(slugs(queryRows(ROWS, DEFAULT_STATE))).toEqual(['bench', 'notes', 'ct', 'nodate']);
  });

  test.each([
    ['title', 'asc', ['bench', 'notes', 'ct', 'nodate']],
    ['title', 'desc', ['nodate', 'ct', 'notes', 'bench']],
    ['year', 'asc', ['ct', 'notes', 'bench', 'nodate']],
    ['venue', 'asc', ['bench', 'ct', 'notes', 'nodate']],
    ['venue', 'desc', ['ct', 'bench', 'notes', 'nodate']],
    ['code', 'desc', ['ct', 'bench', 'notes', 'nodate']],
  ] as const)('sorts by %s %s, missing values last either way', (sort, dir, expected) => {
    expect(slugs(queryRows(ROWS, state({ sort, dir })))).toEqual(expected);
  });

  test('sorts themes by their names, not their ids', () => {
    const names: Record<string, string> = {
      imaging: 'Z imaging',
      'clinical-nlp': 'A language',
      benchmarks: 'M benchmarks',
    };
    expect(slugs(queryRows(ROWS, state({ sort: 'theme', dir: 'asc' }), (id) => names[id]!))).toEqual([
      'notes',
      'bench',
      'ct',
      'nodate',
    ]);
  });

  test('filters by theme, year (and unknown year) and every word of the text, accents folded', () => {
    expect(slugs(queryRows(ROWS, state({ theme: 'imaging' })))).toEqual(['ct', 'nodate']);
    expect(slugs(queryRows(ROWS, state({ year: '2025' })))).toEqual(['bench', 'notes']);
    expect(slugs(queryRows(ROWS, state({ year: 'unknown' })))).toEqual(['nodate']);
    expect(slugs(queryRows(ROWS, state({ q: 'evaluation yang' })))).toEqual(['ct']);
    expect(slugs(queryRows(ROWS, state({ q: 'CLINICAL' })))).toEqual(['bench', 'notes']);
    expect(slugs(queryRows(ROWS, state({ q: 'nature' })))).toEqual(['bench']);
    expect(slugs(queryRows(ROWS, state({ q: 'clinical', theme: 'benchmarks' })))).toEqual(['bench']);
  });

  test('is a total order: any shuffle of the rows sorts the same way, for every column and direction', () => {
    const sorts = ['title', 'authors', 'year', 'theme', 'venue', 'code'] as const;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ROWS, { minLength: ROWS.length }),
        fc.constantFrom(...sorts),
        fc.constantFrom('asc' as const, 'desc' as const),
        (shuffled, sort, dir) => {
          expect(slugs([...shuffled].sort(compareRows(sort, dir)))).toEqual(
            slugs([...ROWS].sort(compareRows(sort, dir))),
          );
        },
      ),
    );
  });
});

describe('table state in the URL', () => {
  const themes = ['imaging', 'clinical-nlp'];

  test('the default state is the plain URL', () => {
    expect(stateToParams(DEFAULT_STATE).toString()).toBe('');
  });

  test('round-trips through the query string', () => {
    const chosen = state({ sort: 'title', dir: 'desc', theme: 'imaging', year: '2024', q: 'ct scan', page: 3 });
    const params = stateToParams(chosen);
    expect(params.toString()).toBe('sort=title&dir=desc&theme=imaging&year=2024&q=ct+scan&page=3');
    expect(stateFromParams(params, themes)).toEqual(chosen);
  });

  test('reads the brief example, with defaults written out', () => {
    expect(stateFromParams(new URLSearchParams('sort=year&dir=desc&theme=imaging&q=ct'), themes)).toEqual(
      state({ theme: 'imaging', q: 'ct' }),
    );
  });

  test('falls back to defaults for values it does not know', () => {
    expect(
      stateFromParams(new URLSearchParams('sort=colour&dir=up&theme=astrology&year=20x5&page=-2'), themes),
    ).toEqual(DEFAULT_STATE);
  });

  test('a column without a direction sorts its natural way: A to Z, newest year first', () => {
    expect(stateFromParams(new URLSearchParams('sort=title'), themes)).toMatchObject({ sort: 'title', dir: 'asc' });
    expect(stateFromParams(new URLSearchParams('sort=year'), themes)).toMatchObject({ sort: 'year', dir: 'desc' });
  });
});

describe('filterRows and sortRows', () => {
  test('filtering rows already sorted gives what queryRows gives, for every column and direction', () => {
    for (const sort of ['title', 'authors', 'year', 'theme', 'venue', 'code'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const chosen = state({ sort, dir, q: 'clinical' });
        expect(slugs(filterRows(sortRows(ROWS, sort, dir), chosen)), `${sort} ${dir}`).toEqual(
          slugs(queryRows(ROWS, chosen)),
        );
      }
    }
  });
});
