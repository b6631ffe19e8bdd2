import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeTex, escapeTexByLibrary } from '../../src/lib/cite/bibtex-text.ts';

// Every character the shortcut lets through, and a few it must not (they go to the library).
const plain = fc.stringMatching(/^[A-Za-z0-9 ,.:;()/+?!'`-]{0,60}$/);

describe('escapeTex', () => {
  test('escapes plain ASCII text exactly as unicode2latex does', () => {
    fc.assert(
      fc.property(plain, (text) => {
        expect(escapeTex(text)).toBe(escapeTexByLibrary(text));
      }),
      { numRuns: 2000 },
    );
  });

  test.each(['R&D', '100%', 'a_b', '{x}', 'x^2', 'a~b', '$5', '#1', 'C:\\path', 'Étude', '<b>', 'a "b" c'])(
    'leaves %s to the library',
    (text) => {
      expect(escapeTex(text)).toBe(escapeTexByLibrary(text));
    },
  );
});
