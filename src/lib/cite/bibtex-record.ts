/** A BibTeX field value: TeX text written in braces, or a bare macro such as the month `mar`. */
export type BibtexValue = string | { macro: string };

const KEY = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/**
 * Writes one BibTeX record. Field values are TeX already (see `escapeTex`); undefined fields are left
 * out, and fields keep the order given.
 *
 * @example
 * formatBibtexRecord('misc', 'x2025', { title: 'X', month: { macro: 'mar' } })
 * // '@misc{x2025,\n  title = {X},\n  month = mar\n}\n'
 */
export function formatBibtexRecord(type: string, key: string, fields: Record<string, BibtexValue | undefined>): string {
  if (!KEY.test(key)) {
    throw new Error(
      `BibTeX key "${key}" is not usable: expected ASCII letters, digits and . _ : - only; fix the key (see citationKey)`,
    );
  }
  const lines = Object.entries(fields)
    .filter((field): field is [string, BibtexValue] => field[1] !== undefined)
    .map(([name, value]) => `  ${name} = ${typeof value === 'string' ? braced(name, value) : value.macro}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}\n`;
}

/** Braces a value, refusing one whose braces do not balance (BibTeX counts `\{` too): it would read past the field's end. */
function braced(field: string, value: string): string {
  let depth = 0;
  for (const char of value) {
    depth += char === '{' ? 1 : char === '}' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0)
    throw new Error(
      `BibTeX field "${field}" has unbalanced braces: ${JSON.stringify(value)}; escape the text with escapeTex first`,
    );
  return `{${value}}`;
}
