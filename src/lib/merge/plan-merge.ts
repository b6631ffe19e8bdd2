import { classifyPaper } from '../classify.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { IdentityIndex } from '../identity.ts';
import type { ReferenceRecord } from '../references/reference-record.ts';
import { describeSchemaError } from '../schema-issues.ts';
import {
  EntrySchema,
  type Entry,
  type EntryInput,
  type PaperLink,
  type SourcedField,
  type ValueSource,
} from '../schema.ts';
import { linksFromText } from '../references/classify-url.ts';
import { uniqueSlug } from '../slug.ts';
import { compactEntry } from './entry-shape.ts';
import { keepValid } from './keep-valid.ts';
import { mergePaper, type IncomingPaper, type MergeConflict } from './merge-paper.ts';
import { comparableUrl } from './same-value.ts';

/** The records of one input file and the source their values count as. */
export interface RecordsInput {
  file: string;
  source: ValueSource;
  records: ReferenceRecord[];
}

/** A conflict, with the entry and the input line it came from. */
export interface PlacedConflict extends MergeConflict {
  slug: string;
  file: string;
  line: number;
}

/** An existing entry the merge changed: its slug, the whole merged entry, and the fields it gained. */
export interface EntryUpdate {
  slug: string;
  entry: Entry;
  filled: SourcedField[];
}

/** A paper not in the survey whose record lacks what an entry needs, so it was not added. */
export interface IncompleteRecord {
  file: string;
  line: number;
  key?: string;
  arxiv?: string;
  doi?: string;
  missing: string[];
}

/** What merging records into the survey would do; nothing is written by the plan. */
export interface MergePlan {
  updates: EntryUpdate[];
  added: EntryInput[];
  conflicts: PlacedConflict[];
  incomplete: IncompleteRecord[];
  /** Records that matched an entry and changed nothing. */
  unchanged: number;
  /** Records matching an entry another record of the same file matched already. */
  repeated: Diagnostic[];
  /** Values left out because the entry schema refuses them (a link without a scheme, a malformed DOI). */
  invalid: Diagnostic[];
}

interface Working {
  entry: Entry;
  isNew: boolean;
  filled: Set<SourcedField>;
  matchedBy?: string;
}

/**
 * Plans the merge of records (from reference exports, API JSON or id lists) into the survey: a record
 * matching an entry by arXiv id, DOI or normalised title (current or as first imported) fills that
 * entry's missing fields; a record of a new paper becomes an entry when it has title, abstract and a
 * date, and is listed as incomplete otherwise. Nothing is ever overwritten: every disagreement is a conflict.
 */
export function planMerge(existing: Entry[], inputs: RecordsInput[], today: string): MergePlan {
  const index = new IdentityIndex<Working>();
  const taken = new Set<string>();
  const working: Working[] = [];
  const remember = (item: Working) => {
    index.addEntry(item.entry, item);
    taken.add(item.entry.slug);
    for (const alias of item.entry.aliases) taken.add(alias);
  };
  for (const entry of existing) {
    const item: Working = { entry, isNew: false, filled: new Set() };
    working.push(item);
    remember(item);
  }
  const plan: MergePlan = {
    updates: [],
    added: [],
    conflicts: [],
    incomplete: [],
    unchanged: 0,
    repeated: [],
    invalid: [],
  };
  for (const input of inputs) {
    const seenInFile = new Map<Working, number>();
    for (const given of input.records) {
      const { paper: valid, dropped } = keepValid(given.paper);
      for (const value of dropped)
        plan.invalid.push({
          severity: 'warning',
          file: input.file,
          line: given.line,
          message: `left out ${value}`,
          fix: 'correct the value in the source and import again, or set it in the entry by hand',
        });
      const record = { ...given, paper: valid };
      const found = index.find({ ...record.paper, title: record.paper.title ?? '' });
      if (found) {
        const earlier = seenInFile.get(found);
        if (earlier !== undefined)
          plan.repeated.push({
            severity: 'warning',
            file: input.file,
            line: record.line,
            message: `the same paper as line ${earlier} (${found.entry.slug})`,
            fix: 'remove one of the two records',
          });
        seenInFile.set(found, record.line);
        const result = mergePaper(found.entry, record.paper, input.source);
        found.entry = result.entry;
        for (const field of result.filled) found.filled.add(field);
        index.add(found.entry, found); // a filled arXiv id or DOI finds the entry from now on
        plan.conflicts.push(
          ...result.conflicts.map((conflict) => ({
            ...conflict,
            slug: found.entry.slug,
            file: input.file,
            line: record.line,
          })),
        );
        if (result.filled.length === 0) plan.unchanged++;
        continue;
      }
      const missing = missingForNewEntry(record.paper);
      if (missing.length > 0) {
        const { arxiv, doi } = record.paper;
        plan.incomplete.push({
          file: input.file,
          line: record.line,
          ...(record.key ? { key: record.key } : {}),
          ...(arxiv ? { arxiv } : {}),
          ...(doi ? { doi } : {}),
          missing,
        });
        continue;
      }
      const entry = recordToEntry(record, input, taken, today);
      const checked = EntrySchema.safeParse(entry);
      if (!checked.success) {
        const [issue] = describeSchemaError(entry, checked.error);
        // In the check's words, naming the record's field (its fix speaks of entry files, so the merge gives its own).
        plan.invalid.push({
          severity: 'warning',
          file: input.file,
          line: record.line,
          message: `not added: ${issue?.field || 'the record'}: ${issue ? (issue.expected ?? issue.message) : 'not valid'}`,
          fix: 'correct the record in the source and import again',
        });
        continue;
      }
      const item: Working = { entry: checked.data, isNew: true, filled: new Set() };
      working.push(item);
      remember(item);
      seenInFile.set(item, record.line);
    }
  }
  for (const item of working) {
    if (item.isNew) plan.added.push(compactEntry(item.entry));
    else if (item.filled.size > 0)
      plan.updates.push({ slug: item.entry.slug, entry: item.entry, filled: [...item.filled] });
  }
  return plan;
}

/** What a record lacks to become an entry on its own. */
export function missingForNewEntry(paper: IncomingPaper): string[] {
  const missing: string[] = [];
  if (!paper.title?.trim()) missing.push('title');
  if (!paper.abstract?.trim()) missing.push('abstract');
  if (!paper.date) missing.push('date (year, month and day)');
  return missing;
}

/** A new entry from a complete record: its values with their source, a slug, and the classifier's theme. */
function recordToEntry(record: ReferenceRecord, input: RecordsInput, taken: Set<string>, today: string): EntryInput {
  const given = record.paper as Required<Pick<IncomingPaper, 'title' | 'abstract' | 'date'>> & IncomingPaper;
  // The URLs of the abstract become typed links, as for a paper from a listing.
  const paper = { ...given, links: unionLinks(given.links ?? [], linksFromText(given.abstract)) };
  const verdict = classifyPaper(paper);
  const sources: Partial<Record<SourcedField, ValueSource>> = {};
  for (const [field, value] of Object.entries(paper))
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      sources[field as SourcedField] = input.source;
  return {
    slug: uniqueSlug(paper.title, taken),
    ...paper,
    ...(record.extra?.organization ? { organization: record.extra.organization } : {}),
    ...(record.extra?.comments === undefined ? {} : { comments: record.extra.comments }),
    ...(record.extra?.upvotes === undefined ? {} : { upvotes: record.extra.upvotes }),
    links: paper.links ?? [],
    sources,
    theme: verdict.theme,
    secondaryThemes: verdict.secondaryThemes,
    themeReason: { source: 'importer' },
    added: today,
    provenance: { digest: input.file, line: record.line, title: paper.title },
  };
}

/** Links of both lists, each URL once, the first list's first. */
function unionLinks(first: PaperLink[], second: PaperLink[]): PaperLink[] {
  const seen = new Set(first.map((link) => comparableUrl(link.url)));
  return [
    ...first,
    ...second.filter((link) => !seen.has(comparableUrl(link.url)) && seen.add(comparableUrl(link.url))),
  ];
}
