// The reader's selection of papers, kept in localStorage (one list per site base) as an array of slugs.
// selection.ts spells the same key, to stay a separate, tiny file; the browser tests hold them together.
const KEY = `survey-selection:${import.meta.env.BASE_URL}`;

/** The selected slugs, in the order they were ticked; [] when storage is empty, unreadable or blocked. */
export function readSelection(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((slug): slug is string => typeof slug === 'string') : [];
  } catch {
    return [];
  }
}

/** Stores the selection (without duplicates); a blocked storage keeps it for this page only. */
export function writeSelection(slugs: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...new Set(slugs)]));
  } catch {
    // Private mode or full storage: the toggles still work until the page is left.
  }
  dispatchEvent(new CustomEvent('survey-selection'));
}

/** True for the storage event of another tab that changed the selection. */
export function isSelectionStorageEvent(event: StorageEvent): boolean {
  return event.key === KEY;
}
