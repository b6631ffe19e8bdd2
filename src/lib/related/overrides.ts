/** Curator overrides of one paper's related list, as in the entry's `related` frontmatter. */
export interface RelatedOverrides {
  pin?: readonly string[];
  exclude?: readonly string[];
}

/** A pin or exclude that names no paper of the corpus, or the paper itself. */
export interface OverrideProblem {
  slug: string;
  field: 'related.pin' | 'related.exclude';
  target: string;
  reason: 'unknown slug' | 'the paper itself';
}

/** Pins and excludes of one paper resolved to corpus positions: pins in the curator's order, never excluded. */
export function resolveOverrides(
  self: number,
  overrides: RelatedOverrides | undefined,
  positionOf: ReadonlyMap<string, number>,
): { pins: number[]; excluded: Set<number> } {
  const excluded = new Set<number>([self]);
  for (const slug of overrides?.exclude ?? []) {
    const at = positionOf.get(slug);
    if (at !== undefined) excluded.add(at);
  }
  const pins: number[] = [];
  for (const slug of overrides?.pin ?? []) {
    const at = positionOf.get(slug);
    if (at !== undefined && !excluded.has(at) && !pins.includes(at)) pins.push(at);
  }
  return { pins, excluded };
}

/** Every pin or exclude that cannot take effect, so a check can tell the curator which slug to fix. */
export function findOverrideProblems(
  papers: ReadonlyArray<{ slug: string; related?: RelatedOverrides }>,
): OverrideProblem[] {
  const slugs = new Set(papers.map((paper) => paper.slug));
  const problems: OverrideProblem[] = [];
  for (const { slug, related } of papers) {
    for (const field of ['pin', 'exclude'] as const) {
      for (const target of related?.[field] ?? []) {
        if (target === slug) problems.push({ slug, field: `related.${field}`, target, reason: 'the paper itself' });
        else if (!slugs.has(target)) problems.push({ slug, field: `related.${field}`, target, reason: 'unknown slug' });
      }
    }
  }
  return problems;
}
