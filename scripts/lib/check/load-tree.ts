import { glob, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EntryFileError, parseEntryFile } from '../../../src/lib/entry-file.ts';
import type { CheckedFile, CheckInput, LedgerLine } from '../../../src/lib/check/check-input.ts';
import { LEDGER_FILE, parseLedger } from '../../../src/lib/ledger.ts';

/**
 * Reads what `npm run check` looks at: every file under `<content>/papers/` (a file that cannot be
 * parsed is kept, with its diagnostic, so one bad file never hides the others) and the URL ledger.
 */
export async function loadTree(contentDir: string): Promise<CheckInput> {
  const paths: string[] = [];
  for await (const path of glob('papers/**/*.{md,mdx}', { cwd: contentDir })) paths.push(path.split('\\').join('/'));
  paths.sort();
  const files = await Promise.all(paths.map((path) => readEntry(contentDir, path)));
  return { files, ledger: await loadLedger(contentDir) };
}

async function readEntry(contentDir: string, path: string): Promise<CheckedFile> {
  const full = join(contentDir, path);
  const file = relative(process.cwd(), full) || full;
  const text = await readFile(full, 'utf8');
  try {
    const { data, body } = parseEntryFile(text, file);
    const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
    if (!isObject) {
      return { file, path, text, error: { severity: 'error', file, line: 1, message: 'the frontmatter holds no fields', expected: 'YAML fields such as title: "…"', fix: 'copy the fields of an existing entry, or run npm run new' } };
    }
    return { file, path, text, data: data as Record<string, unknown>, body };
  } catch (error) {
    if (error instanceof EntryFileError) return { file, path, text, error: error.diagnostic };
    throw error;
  }
}

/** The ledger's URLs with their line numbers, read line by line with the ledger's own parser. */
async function loadLedger(contentDir: string): Promise<{ file: string; lines: LedgerLine[] }> {
  const path = join(contentDir, LEDGER_FILE);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  const lines = text.split('\n').flatMap((line, index) => parseLedger(line).map((url) => ({ url, line: index + 1 })));
  return { file: relative(process.cwd(), path) || path, lines };
}
