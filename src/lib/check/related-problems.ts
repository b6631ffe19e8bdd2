import type { Diagnostic } from '../diagnostics.ts';
import { findOverrideProblems } from '../related/overrides.ts';
import { routeKeys, type CheckedFile } from './check-input.ts';
import { fieldLine } from './field-line.ts';

/** Related-paper pins and excludes that cannot take effect: an unknown slug, or the paper itself. */
export function relatedProblems(files: CheckedFile[]): Diagnostic[] {
  const bySlug = new Map<string, CheckedFile>();
  const papers: Array<{ slug: string; related?: { pin?: string[]; exclude?: string[] } }> = [];
  for (const file of files) {
    const keys = routeKeys(file);
    if (!keys) continue;
    bySlug.set(keys.slug, file);
    const related = file.data?.related as { pin?: unknown; exclude?: unknown } | undefined;
    const strings = (value: unknown) =>
      Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    papers.push({
      slug: keys.slug,
      related: related ? { pin: strings(related.pin), exclude: strings(related.exclude) } : undefined,
    });
  }
  return findOverrideProblems(papers).map((problem) => {
    const file = bySlug.get(problem.slug)!;
    const [, key] = problem.field.split('.') as ['related', 'pin' | 'exclude'];
    const index = papers.find((paper) => paper.slug === problem.slug)?.related?.[key]?.indexOf(problem.target) ?? -1;
    return {
      severity: 'error',
      file: file.file,
      line: fieldLine(file.text, index >= 0 ? ['related', key, index] : ['related', key]),
      message: `${problem.field} names ${problem.reason === 'unknown slug' ? 'no entry of the survey' : 'the paper itself'}: "${problem.target}"`,
      expected: 'the slug of another entry (its slug: field)',
      found: JSON.stringify(problem.target),
      fix:
        problem.reason === 'unknown slug'
          ? 'copy the slug from the entry you mean, or remove it from the list'
          : "remove the paper's own slug from the list",
    };
  });
}
