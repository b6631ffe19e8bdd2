import yaml from 'js-yaml';
import { DiagnosticError, type Diagnostic } from './diagnostics.ts';
import { dumpFrontmatterQuickly, FRONTMATTER_DUMP_OPTIONS } from './frontmatter-yaml.ts';

/** An entry file split in two: the frontmatter data, and the MDX body (the curator's commentary). */
export interface EntryFile {
  data: unknown;
  body: string;
}

// Frontmatter is written as a YAML library writes it (js-yaml: the fastest of the well-kept ones, which
// matters at 10,000 entries), never by ad-hoc string concatenation: it quotes and escapes every title
// and abstract, and a line "---" inside a value is indented so it cannot end the block. The core schema
// keeps "2024-01-01" a string both ways (no timestamps), as the entry schema expects. The common entry
// shape takes a faster path that gives js-yaml's bytes exactly (frontmatter-yaml.ts, with its options).

/** Writes an entry file: YAML frontmatter between `---` lines, then the body. */
export function entryToMdx(data: Record<string, unknown>, body = ''): string {
  const frontmatter = dumpFrontmatterQuickly(data) ?? yaml.dump(data, FRONTMATTER_DUMP_OPTIONS);
  return `---\n${frontmatter}---\n${body === '' ? '' : `\n${body.replace(/^\n+/, '')}`}`;
}

/** Reads an entry file; throws an {@link EntryFileError} naming the file and line when it is malformed. */
export function parseEntryFile(text: string, file: string): EntryFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new EntryFileError({
      severity: 'error',
      file,
      line: 1,
      message: 'the entry has no frontmatter',
      expected: 'a first line "---", the YAML fields, then a closing "---"',
      found: JSON.stringify(lines[0] ?? ''),
      fix: 'start the file with "---"; see an existing entry for the fields',
    });
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (end < 0) {
    throw new EntryFileError({
      severity: 'error',
      file,
      line: 1,
      message: 'the frontmatter is never closed',
      expected: 'a line "---" after the YAML fields',
      fix: 'add a line "---" after the last field',
    });
  }
  try {
    // Each YAML line keeps its newline: a kept-chomping block scalar (`|+`) depends on the last one.
    const block = lines
      .slice(1, end)
      .map((line) => `${line}\n`)
      .join('');
    const data = yaml.load(block, { schema: yaml.CORE_SCHEMA, filename: file });
    return {
      data,
      body: lines
        .slice(end + 1)
        .join('\n')
        .replace(/^\n/, ''),
    };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // The mark counts lines of the YAML block from 0; the file has the opening "---" before it.
    const line = error.mark ? error.mark.line + 2 : 1;
    const message = error.reason ?? error.message.split('\n')[0];
    const found = error.mark ? JSON.stringify(lines[error.mark.line + 1] ?? '') : undefined;
    throw new EntryFileError({
      severity: 'error',
      file,
      line,
      message: `the frontmatter is not valid YAML: ${message}`,
      expected: 'YAML fields such as `title: "..."`',
      ...(found ? { found } : {}),
      fix: yamlFix(message, error.mark ? (lines[error.mark.line + 1] ?? '') : ''),
    });
  }
}

/** The usual cause of a YAML error, said as what to do about it. */
function yamlFix(reason: string, line: string): string {
  if (/\btab/i.test(reason) || line.startsWith('\t'))
    return 'indent with spaces, never tabs (YAML forbids tabs in indentation)';
  if (/duplicated mapping key/i.test(reason)) return 'keep one line per field: delete or merge the repeated one';
  // An unquoted value with ": " in it reads as a second key on the same line.
  if (/^\s*[\w-]+: [^"'].*: /.test(line)) return 'quote the value: it contains ": " (write title: "A: B")';
  if (/indentation/i.test(reason))
    return 'indent nested fields by two spaces under their parent, like the other entries';
  return 'quote values that contain ":" or start with a special character';
}

/** A malformed entry file, with the one diagnostic that says where and how to fix it. */
export class EntryFileError extends DiagnosticError {
  override name = 'EntryFileError';

  constructor(readonly diagnostic: Diagnostic) {
    super([diagnostic], `${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}`);
  }
}
