import type { z } from 'astro/zod';
import { quote, type Diagnostic } from './diagnostics.ts';
import { EntrySchema } from './schema.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

// How to write the fields people most often get wrong; the schema itself stays the one definition.
const EXAMPLES: Record<string, string> = {
  slug: 'slug: gatortron',
  title: 'title: "The paper\'s title, as published"',
  abstract: 'abstract: "The paper\'s abstract, as published"',
  date: 'date: { precision: day, value: 2025-05-02 } (or precision: month-day, value: --05-02 when the year is unknown)',
  added: 'added: 2026-11-25',
  theme: 'theme: imaging',
  themeReason: 'themeReason: { source: curator }',
  arxiv: 'arxiv: "2501.01234"',
  arxivCategory: 'arxivCategory: cs.CL',
  doi: 'doi: 10.1038/s41746-022-00742-2 (without https://doi.org/)',
  authors: 'authors: [{ family: Yang, given: Xi }, { literal: The MIMIC Consortium }]',
  venue: 'venue: { name: npj Digital Medicine, year: 2022, kind: journal }',
  links: 'links: [{ kind: code, url: "https://github.com/uf/gatortron" }]',
  sources: 'sources: { authors: export, doi: curator }',
  withdrawnReason: 'withdrawnReason: "Retracted by the authors."',
};

/**
 * One way an entry's data fails the schema, in words a contributor can act on: the field (`path`,
 * and `field` as people write it), what is wrong, what was expected and found, and the fix. The
 * check places it at the field's line; `npm run new` names the flag; a merge names the input record.
 */
export interface SchemaIssue extends Omit<Diagnostic, 'severity' | 'file' | 'line'> {
  path: PropertyKey[];
  field: string;
}

/** Every way some data fails the entry schema (see `SchemaIssue`); none for a valid entry. */
export function schemaIssues(data: unknown): SchemaIssue[] {
  const result = EntrySchema.safeParse(data);
  return result.success ? [] : describeSchemaError(data, result.error);
}

/** The issues of a failed `EntrySchema.safeParse(data)`, for a caller that also wants the parsed entry. */
export function describeSchemaError(data: unknown, error: z.ZodError): SchemaIssue[] {
  return error.issues.flatMap((issue) => describeIssue(data, issue));
}

function describeIssue(data: unknown, issue: Issue): SchemaIssue[] {
  const at = (path: PropertyKey[]) => ({ path, field: fieldName(path) });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      ...at([...issue.path, key]),
      message: `unknown field "${fieldName([...issue.path, key])}"`,
      expected: 'only the fields of an entry (listed in CONTRIBUTING.md)',
      found: key,
      fix: unknownFieldFix([...issue.path, key]),
    }));
  }
  const field = fieldName(issue.path);
  const value = valueAt(data, issue.path);
  const example = EXAMPLES[String(issue.path[0])];
  const found =
    value === undefined ? undefined : typeof value === 'string' ? quote(value) : JSON.stringify(value).slice(0, 80);
  const base = { ...at(issue.path), found };
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'custom')) {
    const message = issue.code === 'custom' ? issue.message : `the field "${field}" is missing`;
    return [{ ...base, message, expected: example, fix: `add the field${example ? `, for example ${example}` : ''}` }];
  }
  switch (issue.code) {
    case 'invalid_value':
      return [
        {
          ...base,
          message: `"${field}" is not one of the allowed values`,
          expected: `one of: ${issue.values.map(String).join(', ')}`,
          fix:
            issue.path[0] === 'theme' || issue.path[0] === 'secondaryThemes'
              ? 'use a theme id from content/themes.json (the rubric is in CONTRIBUTING.md)'
              : 'use one of the values above',
        },
      ];
    case 'invalid_format':
      return [
        {
          ...base,
          message: `"${field}" is not ${issue.format === 'date' ? 'a valid date' : 'in the right form'}`,
          expected: issue.format === 'date' ? 'a real date written YYYY-MM-DD, such as 2025-05-02' : issue.message,
          fix: example ? `write it like ${example}` : 'correct the value',
        },
      ];
    case 'invalid_union':
      return [
        {
          ...base,
          message: `"${field}" is not in the right form`,
          expected: example ?? 'see CONTRIBUTING.md',
          fix: 'rewrite the field as in the example',
        },
      ];
    case 'too_small':
      return [
        {
          ...base,
          message: `"${field}" is ${issue.origin === 'string' ? 'empty' : 'too small'}`,
          expected: example ?? issue.message,
          fix: 'fill it in',
        },
      ];
    default:
      return [
        {
          ...base,
          message: `"${field}": ${issue.message}`,
          expected: example,
          fix: example ? `write it like ${example}` : 'correct the value',
        },
      ];
  }
}

/** `['date', 'value']` → `date.value`; `['secondaryThemes', 0]` → `secondaryThemes[0]`. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = data;
  for (const key of path)
    value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** How to fix an unknown field; entries made before the classifier's evidence left the files get a reason. */
function unknownFieldFix(path: ReadonlyArray<PropertyKey>): string {
  const name = fieldName(path);
  if (name === 'themeReason.matched' || name === 'themeReason.scores')
    return "delete it: entries no longer keep the classifier's evidence; npm run check, npm run review and npm run ingest -- --dry-run compute it from content/themes.json";
  const known = didYouMean(String(path.at(-1)), path.length === 1 ? Object.keys(EntrySchema.shape) : []);
  return known ? `rename it to "${known}", or delete it` : 'delete it, or correct its spelling';
}
