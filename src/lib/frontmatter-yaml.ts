import yaml from 'js-yaml';

/**
 * How entry frontmatter is written with js-yaml. The core schema keeps "2024-01-01" a string both ways
 * (no timestamps), as the entry schema expects; no line is folded; double quotes when quotes are needed.
 */
export const FRONTMATTER_DUMP_OPTIONS: yaml.DumpOptions = {
  schema: yaml.CORE_SCHEMA,
  lineWidth: -1,
  noRefs: true,
  quotingType: '"',
};

/**
 * Exactly what `yaml.dump(data, FRONTMATTER_DUMP_OPTIONS)` returns, made without js-yaml's general
 * machinery for the shape entries have: nested plain objects and arrays of one-line strings, integers
 * and booleans. js-yaml looks at every character of every value through several function calls, which
 * was a sixth of a 10,000-entry import. Returns undefined for anything else (a line break, a null, a
 * float, a character outside the plain-text ranges…), and the caller then asks js-yaml itself.
 * `tests/unit/frontmatter-yaml.test.ts` holds the two equal on generated values and real entries.
 */
export function dumpFrontmatterQuickly(data: Record<string, unknown>): string | undefined {
  if (!isPlainObject(data) || Object.keys(data).length === 0) return undefined;
  const text = blockMapping(data, 0, true);
  return text === undefined ? undefined : `${text}\n`;
}

// The rules below follow js-yaml 4's dumper (writeNode, writeBlockMapping, writeBlockSequence,
// writeScalar) with the options above: two spaces a level, sequences indented under their key.

function node(value: unknown, level: number, compact: boolean): string | undefined {
  if (typeof value === 'string') return scalar(value);
  // js-yaml writes -0 and non-integers its own way (`-0.0`, `.inf`, exponents): left to it.
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? '[]' : blockSequence(value, level, compact);
  if (isPlainObject(value)) return Object.keys(value).length === 0 ? '{}' : blockMapping(value, level, compact);
  return undefined;
}

function blockMapping(object: Record<string, unknown>, level: number, compact: boolean): string | undefined {
  let result = '';
  for (const key of Object.keys(object)) {
    const value = object[key];
    // js-yaml leaves out a key whose value is undefined.
    if (value === undefined) continue;
    const keyText = scalar(key);
    // A key over 1,024 characters would be written as an explicit "? " pair.
    if (keyText === undefined || keyText.length > 1024) return undefined;
    const valueText = node(value, level + 1, false);
    if (valueText === undefined) return undefined;
    if (!compact || result !== '') result += newLine(level);
    result += keyText + (valueText.charCodeAt(0) === NEWLINE ? ':' : ': ') + valueText;
  }
  return result === '' ? '{}' : result;
}

function blockSequence(items: unknown[], level: number, compact: boolean): string | undefined {
  let result = '';
  for (const item of items) {
    // js-yaml writes an undefined item as null; entries have none, so leave such arrays to it.
    if (item === undefined) return undefined;
    const itemText = node(item, level + 1, true);
    if (itemText === undefined) return undefined;
    if (!compact || result !== '') result += newLine(level);
    result += (itemText.charCodeAt(0) === NEWLINE ? '-' : '- ') + itemText;
  }
  return result;
}

/**
 * A one-line string as js-yaml writes it: plain when YAML would read it back as the same string, else
 * in double quotes. A string that starts with a letter reads as something else only when it is one of
 * the words YAML takes for null or a boolean; one that starts otherwise may be a number (`2512.00601`),
 * `.inf`, `1:20`…, and js-yaml decides for it (on the string alone, which for one line is what it
 * decides in place). Those are few: dates and arXiv ids.
 */
function scalar(text: string): string | undefined {
  if (text === '') return '""';
  if (!ONE_LINE_PRINTABLE.test(text)) return undefined;
  if (!STARTS_WITH_LETTER.test(text)) return yaml.dump(text, FRONTMATTER_DUMP_OPTIONS).slice(0, -1);
  if (NOT_STRINGS_IN_YAML.has(text)) return `"${text}"`;
  // A plain scalar cannot hold ": " or " #" (a key or a comment), nor end in a space or a colon.
  const plain = !PLAIN_BREAKERS.test(text) && !ENDS_BADLY.test(text);
  return plain ? text : `"${text.replace(QUOTE_ESCAPES, (char) => `\\${char}`)}"`;
}

/**
 * Words js-yaml quotes: null and booleans of the core schema, and the YAML 1.1 booleans it quotes so
 * that older readers do not take them for booleans either.
 */
const NOT_STRINGS_IN_YAML = new Set(
  'null Null NULL true True TRUE false False FALSE y Y yes Yes YES n N no No NO on On ON off Off OFF'.split(' '),
);
/** Characters js-yaml writes as they are in plain and double-quoted scalars (its `isPrintable`, minus its escapes). */
const ONE_LINE_PRINTABLE = /^[\x20-\x7e\u00a1-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]+$/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
const PLAIN_BREAKERS = /: | #/;
const ENDS_BADLY = /[ :]$/;
/** The only characters of the printable range that double quotes escape. */
const QUOTE_ESCAPES = /["\\]/g;
const NEWLINE = 10;

function newLine(level: number): string {
  return `\n${'  '.repeat(level)}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
