import { describe, expect, test } from 'vitest';
import { prSummary } from '../../src/lib/pr-summary.ts';

describe('prSummary', () => {
  test('tables the entries with their themes and review state, escaping hostile titles', () => {
    const markdown = prSummary(
      [
        {
          change: 'added',
          file: 'content/papers/imaging/x.mdx',
          title: 'A | B <script>*bold*</script>',
          theme: 'imaging',
          secondaryThemes: ['benchmarks'],
        },
        {
          change: 'changed',
          file: 'content/papers/clinical-nlp/gatortron.mdx',
          title: 'GatorTron',
          theme: 'clinical-nlp',
          secondaryThemes: [],
          confirmed: '2026-12-02',
        },
        { change: 'removed', file: 'content/papers/alignment/gone.mdx' },
      ],
      {
        errors: [
          {
            severity: 'error',
            file: 'content/papers/imaging/x.mdx',
            line: 3,
            message: 'the field "abstract" is missing',
            fix: 'add it',
          },
        ],
        warnings: [],
      },
    );
    expect(markdown).toContain(
      '| added   | A \\| B \\<script>\\*bold\\*\\</script> (content/papers/imaging/x.mdx) | Imaging & signals | Benchmarks & evaluation | not yet reviewed     |',
    );
    expect(markdown).toMatch(
      /\| changed +\| GatorTron \(content\/papers\/clinical-nlp\/gatortron\.mdx\) +\| Clinical NLP +\| +\| confirmed 2026-12-02 \|/,
    );
    expect(markdown).toContain('The check finds 1 error (1 error and 0 warnings in the files of this pull request).');
    expect(markdown).toContain('content/papers/imaging/x.mdx:3: error: the field "abstract" is missing\n  fix: add it');
  });

  test('says so when no entry changes, and counts errors elsewhere', () => {
    const markdown = prSummary([], {
      errors: [{ severity: 'error', file: 'content/papers/a.mdx', line: 1, message: 'm' }],
      warnings: [],
    });
    expect(markdown).toContain('This pull request changes no entry.');
    expect(markdown).toContain('1 error in files this pull request does not touch');
  });
});
