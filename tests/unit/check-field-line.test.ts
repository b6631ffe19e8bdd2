import { describe, expect, test } from 'vitest';
import { fieldLine } from '../../src/lib/check/field-line.ts';

const FILE = [
  '---',
  'slug: x',
  'title: "A: title"',
  'date:',
  '  precision: day',
  '  value: 2025-02-30',
  'secondaryThemes:',
  '  - imaging',
  '  - radiology',
  'themeReason: { source: curator }',
  '---',
  '',
  'Notes.',
].join('\n');

describe('fieldLine', () => {
  test.each([
    [['slug'], 2],
    [['title'], 3],
    [['date'], 4],
    [['date', 'value'], 6],
    [['secondaryThemes', 1], 9],
    [['themeReason', 'source'], 10],
    [['abstract'], 1],
    [['date', 'missing'], 4],
  ])('finds %j on line %i', (path, line) => {
    expect(fieldLine(FILE, path)).toBe(line);
  });

  test('counts lines the same way with CRLF line endings and a BOM', () => {
    expect(fieldLine(`\uFEFF${FILE.replace(/\n/g, '\r\n')}`, ['date', 'value'])).toBe(6);
  });
});
