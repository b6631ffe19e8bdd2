import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { EntryFileError, entryToMdx, parseEntryFile } from '../../src/lib/entry-file.ts';

describe('entryToMdx / parseEntryFile', () => {
  test('any string survives abstract → frontmatter → parsed entry unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (abstract, title) => {
          const text = entryToMdx({ slug: 'x', title, abstract });
          const { data, body } = parseEntryFile(text, 'x.mdx');
          expect(data).toEqual({ slug: 'x', title, abstract });
          expect(body).toBe('');
        },
      ),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['<10B parameter', 'angle brackets'],
    ['{0.068} and 10\\% and $x$', 'braces, TeX escapes'],
    ['<script>alert(1)</script>', 'a script tag'],
    ["import x from 'y'\nexport const a = 1", 'MDX import/export lines'],
    ['first\n---\nsecond', 'a frontmatter fence inside the value'],
    ['---', 'only a fence'],
    ['yes', 'a YAML 1.1 boolean word'],
    ['2024-01-01', 'a date-looking string'],
    ['  leading and trailing  ', 'surrounding spaces'],
    ['# not a comment', 'a hash'],
  ])('keeps %j literally (%s)', (abstract) => {
    const text = entryToMdx({ abstract }, 'Curator note.');
    const { data, body } = parseEntryFile(text, 'x.mdx');
    expect(data).toEqual({ abstract });
    expect(body).toBe('Curator note.');
    // The frontmatter block ends at the first bare "---" line: nothing of the value may form one.
    expect(text.split('\n').filter((line) => line === '---')).toHaveLength(2);
  });

  test('keeps the body after the frontmatter verbatim', () => {
    const { body } = parseEntryFile('---\ntitle: T\n---\n\nA **note**.\n\n- one\n', 'x.mdx');
    expect(body).toBe('A **note**.\n\n- one\n');
  });

  test.each([
    ['title: T\n', 1, 'has no frontmatter'],
    ['---\ntitle: T\n', 1, 'never closed'],
    ['---\ntitle: T\ntitle: U\n---\n', 3, 'not valid YAML'],
    ['---\ntitle: [unclosed\n---\n', 3, 'not valid YAML'],
  ])('refuses %j with the line and what is wrong', (text, line, message) => {
    try {
      parseEntryFile(text, 'content/papers/imaging/x.mdx');
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EntryFileError);
      const { diagnostic } = error as EntryFileError;
      expect(diagnostic.file).toBe('content/papers/imaging/x.mdx');
      expect(diagnostic.line).toBe(line);
      expect(diagnostic.message).toContain(message);
      expect(diagnostic.fix).toBeTruthy();
    }
  });
});
