import { DigestError } from './parse-digest.ts';

/**
 * Decodes a digest's bytes as UTF-8 text. Binary data (NUL bytes, invalid UTF-8, or mostly control
 * characters) is refused with a clear error instead of being parsed as garbage.
 */
export function decodeDigest(bytes: Uint8Array, file: string): string {
  const binary = (found: string) =>
    new DigestError([{ severity: 'error', file, line: 0, message: 'the file is binary data, not text', expected: 'a UTF-8 text copy of a Hugging Face papers listing', found, fix: 'save the listing as plain text (.txt) and try again' }]);
  if (bytes.includes(0)) throw binary('NUL bytes');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw binary('bytes that are not valid UTF-8');
  }
  const control = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.01) throw binary(`${control} control characters`);
  return text;
}
