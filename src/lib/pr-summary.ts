import type { Root, RootContent, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { Diagnostic } from './diagnostics.ts';
import { getTheme } from './themes.ts';
import { countLabel } from './text/plural.ts';

/** An entry file a pull request adds, changes or removes, with what the summary shows of it. */
export interface ChangedEntry {
  change: 'added' | 'changed' | 'removed' | 'renamed';
  file: string;
  /** Absent when the file is removed or cannot be read. */
  title?: string;
  slug?: string;
  theme?: string;
  secondaryThemes?: string[];
  /** The day a curator confirmed its themes, if one has. */
  confirmed?: string;
}

/**
 * The pull request's job summary, as GitHub-flavoured Markdown: a table of the entries it adds or
 * changes (theme, whether a curator confirmed it) and the check's findings on those files, then a
 * count of the rest. Written by the Markdown library from a syntax tree, so a title with `|`, `<` or
 * `*` is escaped, never rendered.
 */
export function prSummary(
  changed: readonly ChangedEntry[],
  findings: { errors: Diagnostic[]; warnings: Diagnostic[] },
): string {
  const inPr = new Set(changed.map((entry) => entry.file));
  const own = (list: Diagnostic[]) => list.filter((finding) => inPr.has(finding.file));
  const errors = own(findings.errors);
  const warnings = own(findings.warnings);
  const children: RootContent[] = [heading('Survey entries in this pull request')];
  if (changed.length === 0) children.push(paragraph('This pull request changes no entry.'));
  else children.push(entriesTable(changed));
  children.push(heading('npm run check'));
  const verdict = findings.errors.length === 0 ? 'passes' : `finds ${count(findings.errors.length, 'error')}`;
  children.push(
    paragraph(
      `The check ${verdict} (${count(errors.length, 'error')} and ${count(warnings.length, 'warning')} in the files of this pull request).`,
    ),
  );
  if (errors.length + warnings.length > 0) {
    children.push({
      type: 'code',
      lang: 'text',
      value: [...errors, ...warnings]
        .map(
          (finding) =>
            `${finding.file}:${finding.line}: ${finding.severity}: ${finding.message}${finding.fix ? `\n  fix: ${finding.fix}` : ''}`,
        )
        .join('\n'),
    });
  }
  const elsewhere = findings.errors.length - errors.length;
  if (elsewhere > 0)
    children.push(
      paragraph(`${count(elsewhere, 'error')} in files this pull request does not touch: see the check's log.`),
    );
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [gfmToMarkdown()] });
}

function entriesTable(changed: readonly ChangedEntry[]): RootContent {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((text) => ({ type: 'tableCell', children: text ? [{ type: 'text', value: text }] : [] })),
  });
  return {
    type: 'table',
    align: ['left', 'left', 'left', 'left', 'left'],
    children: [
      row(['Change', 'Entry', 'Theme', 'Also', 'Curator']),
      ...changed.map((entry) =>
        row([
          entry.change,
          entry.title ? `${entry.title} (${entry.file})` : entry.file,
          entry.theme ? themeName(entry.theme) : '',
          (entry.secondaryThemes ?? []).map(themeName).join(', '),
          entry.change === 'removed' ? '' : entry.confirmed ? `confirmed ${entry.confirmed}` : 'not yet reviewed',
        ]),
      ),
    ],
  };
}

function themeName(id: string): string {
  try {
    return getTheme(id).name;
  } catch {
    return id;
  }
}

function heading(text: string): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

function paragraph(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function count(n: number, word: string): string {
  return countLabel(n, word, `${word}s`);
}
