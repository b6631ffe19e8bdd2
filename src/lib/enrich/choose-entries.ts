/**
 * The entries `npm run enrich` works on: those named by slug or path, or with no name given, every
 * entry not withdrawn; and the names that match no entry, which the CLI refuses.
 */
export function chooseEntries<E extends { file: string; data: Record<string, unknown> }>(all: readonly E[], names: readonly string[]): { chosen: E[]; unknown: string[] } {
  const wanted = new Set(names);
  const chosen = all.filter(({ file, data }) => (wanted.size === 0 ? data.status !== 'withdrawn' : wanted.has(String(data.slug)) || wanted.has(file)));
  const unknown = [...wanted].filter((name) => !chosen.some(({ file, data }) => data.slug === name || file === name));
  return { chosen, unknown };
}
