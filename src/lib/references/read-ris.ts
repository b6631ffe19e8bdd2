import core from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { Diagnostic } from '../diagnostics.ts';
import { cslItemToPaper, type CslItem } from './csl-to-paper.ts';
import { ReferenceError, type ParsedReferences, type ReferenceRecord } from './reference-record.ts';

// citation-js's RIS plugin (the maintained RIS reader of the citation.js family this project already
// cites with) turns RIS into CSL-JSON; the declared types of core cover output only, so input is typed here.
const input = (
  core.plugins as unknown as { input: { chain(data: string, options: { generateGraph: boolean }): CslItem[] } }
).input;

const TAG = /^([A-Z][A-Z0-9]) {2}-( (.*))?$/;

/**
 * Reads an RIS file (Zotero, EndNote, Mendeley, PubMed): every record from `TY  -` to `ER  -`.
 * citation-js reads the records; this function first checks the layout line by line, because RIS
 * readers skip what they do not understand, and a skipped line would be a lost value.
 */
export function readRis(text: string, file: string): ParsedReferences {
  const starts = checkLayout(text, file);
  const items = input.chain(text.replace(/^\uFEFF/, ''), { generateGraph: false });
  if (items.length !== starts.length) {
    throw new ReferenceError([
      {
        severity: 'error',
        file,
        line: 0,
        message: `found ${starts.length} RIS records but could read ${items.length}`,
        fix: 'export the file again',
      },
    ]);
  }
  const records: ReferenceRecord[] = items.map((item, index) => ({
    paper: cslItemToPaper(item),
    line: starts[index]!,
  }));
  return { format: 'ris', records, diagnostics: [] };
}

/** The line of each record's `TY`; throws naming the line of anything outside the RIS layout. */
function checkLayout(text: string, file: string): number[] {
  const problems: Diagnostic[] = [];
  const starts: number[] = [];
  let open = 0;
  let lastWasTag = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    const at = index + 1;
    const tag = TAG.exec(line.trim() === 'ER  -' ? 'ER  - ' : line);
    if (line.trim() === '') {
      lastWasTag = false;
      return;
    }
    if (tag?.[1] === 'TY') {
      if (open)
        problems.push(
          problem(file, at, `a new record starts before the one at line ${open} ended`, 'ER  - before TY  -', line),
        );
      open = at;
      starts.push(at);
    } else if (!open) {
      problems.push(
        problem(
          file,
          at,
          'text outside any RIS record',
          'a record starting with "TY  - " and ending with "ER  - "',
          line,
        ),
      );
    } else if (tag?.[1] === 'ER') {
      open = 0;
    } else if (!tag && !lastWasTag) {
      problems.push(
        problem(
          file,
          at,
          'a line that is not an RIS tag',
          'a tag of two capitals, two spaces, a hyphen and a space ("AU  - Doe, Jane")',
          line,
        ),
      );
    }
    lastWasTag = Boolean(tag) || lastWasTag;
  });
  if (open)
    problems.push(
      problem(
        file,
        open,
        'the record starting here never ends',
        'a line "ER  - " at the end of each record',
        'the end of the file',
      ),
    );
  if (starts.length === 0 && problems.length === 0)
    problems.push(problem(file, 0, 'the RIS file has no records', 'records starting with "TY  - "', 'no TY line'));
  if (problems.length > 0) throw new ReferenceError(problems);
  return starts;
}

function problem(file: string, line: number, message: string, expected: string, found: string): Diagnostic {
  return {
    severity: 'error',
    file,
    line,
    message,
    expected,
    found: JSON.stringify(found.slice(0, 80)),
    fix: 'export the file again from the reference manager, or correct that line',
  };
}
