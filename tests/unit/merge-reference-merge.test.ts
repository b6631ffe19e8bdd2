import { describe, expect, test } from 'vitest';
import { mergeReportLines } from '../../src/lib/merge/reference-merge.ts';
import type { MergePlan } from '../../src/lib/merge/plan-merge.ts';

const plan = (incomplete: MergePlan['incomplete']): MergePlan => ({
  updates: [],
  added: [],
  conflicts: [],
  incomplete,
  unchanged: 0,
  repeated: [],
  invalid: [],
});

describe('mergeReportLines', () => {
  test('a record too thin to add names the paper and the URL `npm run new` takes for it', () => {
    const lines = mergeReportLines(
      plan([
        { file: 'ids.txt', line: 2, arxiv: '2412.99999', missing: ['title'] },
        { file: 'refs.bib', line: 7, key: 'smith2024', doi: '10.1000/xyz<1>', missing: ['abstract'] },
        { file: 'refs.bib', line: 9, key: 'jones2023', missing: ['title'] },
      ]),
      [],
      true,
    );
    expect(lines[0]).toContain('ids.txt:2 arXiv 2412.99999 is not in the survey');
    expect(lines[0]).toContain('`npm run new -- https://arxiv.org/abs/2412.99999`');
    // The DOI is written as a URL a shell and a browser take (its reserved characters escaped).
    expect(lines[1]).toContain('refs.bib:7 DOI 10.1000/xyz<1> is not in the survey');
    expect(lines[1]).toContain('`npm run new -- https://doi.org/10.1000/xyz%3C1%3E`');
    expect(lines[2]).toContain('refs.bib:9 jones2023 is not in the survey');
    expect(lines[2]).toContain('<its arXiv or DOI URL>');
    expect(lines.at(-1)).toBe(
      "merge: would fill 0 field(s) in 0 entries, would add 0, unchanged 0, conflicts 0 (kept the entry's value), needing metadata 3",
    );
  });
});
