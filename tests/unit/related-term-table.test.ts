import { describe, expect, test } from 'vitest';
import { characteristicTerms, risingTerms } from '../../src/lib/related/index.ts';
import { buildTermTable, countTerms, termForm } from '../../src/lib/related/term-table.ts';
import { syntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { relatedPaper as paper } from '../helpers/related-paper.ts';

describe('buildTermTable', () => {
  test('numbers each term once and lists every paper’s terms', () => {
    const table = buildTermTable([paper('a', 't', 'Brain MRI segmentation'), paper('b', 't', 'Brain MRI of children')]);
    const keysOf = (at: number) => [...table.termsOf[at]!].map((id) => table.keys[id]);
    expect(new Set(table.keys).size).toBe(table.keys.length);
    expect(keysOf(0)).toContain('brain mri');
    expect(keysOf(1)).toContain('brain mri');
    expect(keysOf(0)).not.toContain('children');
  });

  test('counts a form only among the papers counted, even when the first paper to write the term is left out', () => {
    // "GPT-4" and "GPT-4V"-style forms of one stem: here "MRIs" and "MRI" (stem "mri").
    const papers = [
      paper('a', 't', 'Knee MRIs at night'),
      paper('b', 't', 'Knee MRI scans'),
      paper('c', 't', 'Knee MRI study'),
    ];
    const table = buildTermTable(papers);
    const id = table.keys.indexOf('mri');
    expect(id).not.toBe(-1);
    expect(
      termForm(
        table,
        countTerms(table, 1, () => 0),
        id,
      ),
    ).toBe('MRI');
    expect(
      termForm(
        table,
        countTerms(table, 1, (at) => (at === 0 ? 0 : -1)),
        id,
      ),
    ).toBe('MRIs');
    expect(
      termForm(
        table,
        countTerms(table, 1, (at) => (at === 0 ? -1 : 0)),
        id,
      ),
    ).toBe('MRI');
  });
});

describe('theme and rising terms from one shared table', () => {
  const papers = syntheticCorpus(150, { seed: 11 }).map((p, at) =>
    at % 10 === 0 ? { ...p, date: { precision: 'month-day' as const, value: `--${p.date.value.slice(5)}` } } : p,
  );

  test('give exactly what each function gives when it reads the papers itself', () => {
    const terms = buildTermTable(papers);
    expect(characteristicTerms(papers, { terms })).toEqual(characteristicTerms(papers));
    expect(risingTerms(papers, '2025-12-31', { terms, minPapers: 2 })).toEqual(
      risingTerms(papers, '2025-12-31', { minPapers: 2 }),
    );
    expect(risingTerms(papers, '2025-12-31', { minPapers: 2 }).length).toBeGreaterThan(0);
  });

  test('refuse a table read from other papers', () => {
    const terms = buildTermTable(papers.slice(1));
    expect(() => characteristicTerms(papers, { terms })).toThrow(/term table holds 149 papers, not 150/);
    expect(() => risingTerms(papers, '2025-12-31', { terms })).toThrow(/same papers/);
  });
});
