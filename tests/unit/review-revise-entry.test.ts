import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { entryToMdx, parseEntryFile } from '../../src/lib/entry-file.ts';
import { reviseEntryText } from '../../src/lib/review/revise-entry.ts';

const data = {
  slug: 'x',
  title: 'A: title with "quotes"',
  abstract: 'Text\n---\nmore',
  theme: 'imaging',
  secondaryThemes: ['benchmarks'],
  themeReason: { source: 'importer' },
  added: '2026-11-25',
};

describe('reviseEntryText', () => {
  test('changes only the decided fields and keeps the body', () => {
    const text = `${entryToMdx(data)}\nA curator's <Note>comment</Note>.\n`;
    const revised = reviseEntryText(
      text,
      { theme: 'benchmarks', secondaryThemes: [], note: 'One line.' },
      '2026-12-02',
    );
    const parsed = parseEntryFile(revised, 'x.mdx');
    expect(parsed.data).toEqual({
      ...data,
      theme: 'benchmarks',
      secondaryThemes: [],
      themeReason: { ...data.themeReason, source: 'curator' },
      confirmed: '2026-12-02',
      note: 'One line.',
    });
    expect(parsed.body).toBe(parseEntryFile(text, 'x.mdx').body);
  });

  test('leaves a note as it was when the decision has none', () => {
    const text = entryToMdx({ ...data, note: 'Kept.' });
    expect(
      parseEntryFile(reviseEntryText(text, { theme: 'imaging', secondaryThemes: ['benchmarks'] }, '2026-12-02'), 'x')
        .data,
    ).toMatchObject({ note: 'Kept.' });
  });

  test('keeps any note text literally (property)', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', maxLength: 200 })
          .filter((note) => note.trim() !== '' && !/[\n\r\u2028\u2029\u0085]/.test(note)),
        (note) => {
          const revised = reviseEntryText(
            entryToMdx(data),
            { theme: 'imaging', secondaryThemes: [], note },
            '2026-12-02',
          );
          expect((parseEntryFile(revised, 'x').data as { note: string }).note).toBe(note.trim());
        },
      ),
      { numRuns: 300 },
    );
  });

  test('refuses a file without frontmatter', () => {
    expect(() => reviseEntryText('no frontmatter', { theme: 'imaging', secondaryThemes: [] }, '2026-12-02')).toThrow(
      /no frontmatter/,
    );
  });
});
