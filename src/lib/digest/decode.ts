import { invalidLineError } from './invalid-line.ts';
import { DigestError } from './parse-digest.ts';

/** A capture's text, and the lines whose bytes were not valid UTF-8 (decoded as U+FFFD). */
export interface DecodedCapture {
  text: string;
  /** 1-based lines that held invalid bytes; a paper on such a line cannot be imported as it was. */
  invalidLines: number[];
}

// A text file with a few broken characters (elinks writes some combining marks as invalid bytes) is
// still text; a file where more lines are broken is in another encoding, or not text at all.
const MAX_BROKEN_SHARE = 0.02;

/**
 * Decodes a capture's bytes as UTF-8 text. Binary data (NUL bytes, mostly invalid UTF-8, mostly control
 * characters) is refused; a UTF-8 text with a few broken lines is decoded, and those lines are named.
 * `strictText`, when the caller has it, is these bytes already decoded as strict UTF-8 (spares a
 * second decoding of a large capture); it is checked like any other text.
 */
export function decodeCapture(bytes: Uint8Array, file: string, strictText?: string): DecodedCapture {
  const binary = (found: string) =>
    new DigestError([
      {
        severity: 'error',
        file,
        line: 0,
        message: 'the file is binary data, not text',
        expected: 'a UTF-8 text copy of a Hugging Face papers listing',
        found,
        fix: 'save the listing as plain text (.txt) and try again',
      },
    ]);
  if (bytes.includes(0)) throw binary('NUL bytes');
  let text: string;
  let invalidLines: number[] = [];
  try {
    text = strictText ?? new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    invalidLines = brokenLines(bytes);
    const lines = text.split('\n').length;
    // eslint-disable-next-line no-control-regex -- a range from U+0000: Latin-1, not control characters
    const multibyte = /[^\u0000-\u00ff\ufffd]/.test(text);
    if (!multibyte || invalidLines.length / lines > MAX_BROKEN_SHARE) throw binary('bytes that are not valid UTF-8');
  }
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const control = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.01) throw binary(`${control} control characters`);
  return { text, invalidLines };
}

/**
 * Decodes a digest's bytes as UTF-8 text, refusing binary data and naming each line whose bytes are not
 * valid UTF-8 (a capture with broken characters is not imported as if it were whole).
 */
export function decodeDigest(bytes: Uint8Array, file: string): string {
  const { text, invalidLines } = decodeCapture(bytes, file);
  if (invalidLines.length > 0) throw new DigestError(invalidLines.map((line) => invalidLineError(file, line)));
  return text;
}

function brokenLines(bytes: Uint8Array): number[] {
  const broken: number[] = [];
  const strict = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  for (let index = 0; index <= bytes.length; index++) {
    if (index === bytes.length || bytes[index] === 0x0a) {
      try {
        strict.decode(bytes.subarray(start, index));
      } catch {
        broken.push(line);
      }
      start = index + 1;
      line++;
    }
  }
  return broken;
}
