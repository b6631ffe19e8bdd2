import { entryFile, PAPERS_DIR } from '../content-tree/layout.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { THEME_IDS } from '../themes.ts';
import type { CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/**
 * An entry must live at `content/papers/<theme>/<slug>.mdx`, named by its own `theme` and `slug`
 * fields. A mismatch usually means a half-done move or rename, so the fix says how to finish it.
 */
export function pathProblems(file: CheckedFile): Diagnostic[] {
  const { slug } = file.data ?? {};
  // An unknown theme is the schema's to report; the folder is then judged on the slug alone.
  const theme = THEME_IDS.includes(String(file.data?.theme)) ? String(file.data?.theme) : file.path.split('/')[1];
  if (typeof slug !== 'string' || !theme) return [];
  const expected = entryFile(theme, slug);
  if (file.path === expected) return [];
  const shown = `${file.file.slice(0, file.file.length - file.path.length)}${expected}`;
  const [top, folder, name, ...deeper] = file.path.split('/');
  const stem = name?.replace(/\.mdx?$/, '');
  const base = { severity: 'error' as const, file: file.file, expected: shown, found: file.file };
  if (top !== PAPERS_DIR || deeper.length > 0 || !name) {
    return [{ ...base, line: 0, message: 'the entry is not in a theme folder', fix: `move it to ${shown}` }];
  }
  if (stem !== slug) {
    return [
      {
        ...base,
        line: fieldLine(file.text, ['slug']),
        message: `the file is named "${name}" but its slug is "${slug}"`,
        fix: `if you are renaming the entry, move the file to ${shown} and keep the old slug in its aliases (aliases: [${stem}]); otherwise set slug: ${stem}`,
      },
    ];
  }
  if (folder !== theme) {
    return [
      {
        ...base,
        line: fieldLine(file.text, ['theme']),
        message: `the file is in the folder "${folder}" but its theme is "${theme}"`,
        fix: `move the file to ${shown} (its URL does not change: URLs have no theme in them), or set theme: ${folder}`,
      },
    ];
  }
  return [{ ...base, line: 0, message: 'an entry file must end in .mdx', fix: `rename it to ${shown}` }];
}
