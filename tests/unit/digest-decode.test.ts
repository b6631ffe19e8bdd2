import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/diagnostics.ts';
import { decodeDigest } from '../../src/lib/digest/decode.ts';
import { DigestError } from '../../src/lib/digest/parse-digest.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeDigest', () => {
  test.each([
    ['plain UTF-8 text', utf8('new\n\nJan 8\n  • 9 authors\n·\n'), 'new\n\nJan 8\n  • 9 authors\n·\n'],
    ['text after a BOM, without the BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Jan 8\r\n')]), 'Jan 8\r\n'],
    ['text with a tab and a form feed or two', utf8(`Title\tx\f${'a'.repeat(200)}`), `Title\tx\f${'a'.repeat(200)}`],
  ])('returns %s', (_what, bytes, expected) => {
    expect(decodeDigest(bytes, 'd.txt')).toBe(expected);
  });

  test.each([
    ['NUL bytes', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'found:    NUL bytes'],
    [
      'invalid UTF-8 (Latin-1 text)',
      Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'found:    bytes that are not valid UTF-8',
    ],
    ['mostly control characters', Uint8Array.from([0x01, 0x02, 0x03, 0x41, 0x42]), 'found:    3 control characters'],
  ])('refuses %s, naming the file and what it expected', (_what, bytes, found) => {
    let error: unknown;
    try {
      decodeDigest(bytes, 'digests/listing.txt');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DigestError);
    const [diagnostic] = (error as DigestError).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', file: 'digests/listing.txt', line: 0 });
    const text = formatDiagnostic(diagnostic);
    expect(text).toContain('digests/listing.txt: error: the file is binary data, not text');
    expect(text).toContain('expected: a UTF-8 text copy of a Hugging Face papers listing');
    expect(text).toContain(found);
  });
});
