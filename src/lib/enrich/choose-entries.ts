/**
 * The entries `npm run enrich` works on: those named by slug or path, or with no name given, every
 * entry not withdrawn; and the names that match no entry, which the CLI refuses.
 */
export function chooseEntries<E extends { file: string; data: Record<string, unknown> }>(
  all: readonly E[],
  names: readonly string[],
): { chosen: E[]; unknown: string[] } {
  const wanted = new Set(names);
  const isWanted = ({ file, data }: E) => wanted.has(String(data.slug)) || wanted.has(file);
  const chosen = all.filter((entry) => (wanted.size === 0 ? entry.data.status !== 'withdrawn' : isWanted(entry)));
  const unknown = [...wanted].filter((name) => !chosen.some(({ file, data }) => data.slug === name || file === name));
  return { chosen, unknown };
}
