import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { linkifyText, trimUrl } from '../../src/lib/text/linkify.ts';

const text = (value: string) => ({ kind: 'text', text: value });
const link = (value: string, href = value) => ({ kind: 'link', text: value, href });

describe('linkifyText', () => {
  test('returns one text segment when there is no URL', () => {
    expect(linkifyText('No links, but <b>tags</b> and {braces}.')).toEqual([
      text('No links, but <b>tags</b> and {braces}.'),
    ]);
  });

  test.each([
    ['Code: https://github.com/a/b.', [text('Code: '), link('https://github.com/a/b'), text('.')]],
    ['at https://x.org/m." Next', [text('at '), link('https://x.org/m'), text('." Next')]],
    [
      '[https://github.com/luoyuanlab/Clinical-Longformer]',
      [text('['), link('https://github.com/luoyuanlab/Clinical-Longformer'), text(']')],
    ],
    ['(see https://x.org/a)', [text('(see '), link('https://x.org/a'), text(')')]],
    ['https://en.wikipedia.org/wiki/Foo_(bar).', [link('https://en.wikipedia.org/wiki/Foo_(bar)'), text('.')]],
    [
      'Visit www.example.com/docs, then',
      [text('Visit '), link('www.example.com/docs', 'https://www.example.com/docs'), text(', then')],
    ],
    ['http://a.io/x?y=1&z=2;', [link('http://a.io/x?y=1&z=2'), text(';')]],
  ])('links the URL in %j without trailing punctuation', (input, expected) => {
    expect(linkifyText(input)).toEqual(expected);
  });

  test('links every URL in a text', () => {
    const segments = linkifyText('A https://a.org and B http://b.org/x.');
    expect(segments.filter((s) => s.kind === 'link').map((s) => s.text)).toEqual(['https://a.org', 'http://b.org/x']);
  });

  test('does not link a bare scheme or "www." without a host', () => {
    expect(linkifyText('see https:// and www. here')).toEqual([text('see https:// and www. here')]);
  });

  test('never loses or reorders a character', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('https://a.org/x', 'www.b.com', '.', ')', ' ', '(https://c.io/(d))')),
          { maxLength: 12 },
        ),
        (parts) => {
          const input = parts.join('');
          expect(
            linkifyText(input)
              .map((segment) => segment.text)
              .join(''),
          ).toBe(input);
        },
      ),
    );
  });

  test('never ends a link with sentence punctuation', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('.', ',', ';', ':', '!', '?', '.)', ').'), (path, end) => {
        const links = linkifyText(`x https://a.org/${path}${end} y`).filter((segment) => segment.kind === 'link');
        for (const segment of links) expect(segment.text).not.toMatch(/[.,;:!?]$/);
      }),
    );
  });
});

describe('trimUrl', () => {
  test.each([
    ['https://a.org/x.', 'https://a.org/x'],
    ['https://a.org/x).', 'https://a.org/x'],
    ['https://a.org/(x)', 'https://a.org/(x)'],
    ['https://a.org/x]', 'https://a.org/x'],
  ])('trims %s to %s', (input, expected) => {
    expect(trimUrl(input)).toBe(expected);
  });
});
