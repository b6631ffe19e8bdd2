/** The committed, append-only list of published citation keys, in the content folder. */
export const KEY_LEDGER_FILE = 'citation-keys.txt';

/** A paper's frozen key and the earlier keys it was published under. */
export interface FrozenKey {
  key: string;
  aliases: string[];
}

/** slug → frozen key, in file order. */
export type KeyLedger = Map<string, FrozenKey>;

const KEY = /^[a-z0-9][a-z0-9._:-]*$/;

/**
 * Reads the key ledger: one line per paper, `<slug> <key> [<earlier key> …]`; blank lines and `#`
 * comments are skipped. A key once written here is the paper's key for good, so `\cite{…}` in a reader's
 * manuscript keeps working; earlier keys stay valid as BibLaTeX `ids`. Errors name the line and the fix.
 *
 * @example
 * parseKeyLedger('gatortron yang2022gatortron gatortron2022\n').get('gatortron')
 * // { key: 'yang2022gatortron', aliases: ['gatortron2022'] }
 */
export function parseKeyLedger(text: string, file = KEY_LEDGER_FILE): KeyLedger {
  const ledger: KeyLedger = new Map();
  const owner = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [slug, ...keys] = line.split(/\s+/);
    const where = `${file}:${index + 1}`;
    if (keys.length === 0)
      throw new Error(
        `${where}: expected "<slug> <key> [<earlier key> …]", found "${line}"; add the key after the slug`,
      );
    if (ledger.has(slug))
      throw new Error(
        `${where}: "${slug}" already has a key on an earlier line; a published key never changes, so remove this line`,
      );
    for (const key of keys) {
      if (!KEY.test(key))
        throw new Error(`${where}: key "${key}" is not usable; expected lowercase ASCII letters, digits and . _ : -`);
      const other = owner.get(key);
      if (other)
        throw new Error(
          `${where}: key "${key}" already belongs to "${other}"; a key names one paper only, so pick another`,
        );
      owner.set(key, slug);
    }
    ledger.set(slug, { key: keys[0], aliases: keys.slice(1) });
  });
  return ledger;
}

/**
 * The ledger lines to append so that every entry with authors has its key frozen: entries that are in
 * the ledger already (under their slug or an old one), or whose key is still the provisional title–year
 * form (no authors yet), get none. Pass `earlier`, the keys computed before the change that gave the
 * entries their authors, and a provisional key that was published stays valid as an earlier key.
 * Scripts that write entries (ingest, merge, enrich, new) append these, as they append published URLs.
 *
 * @example
 * keyLedgerAppendix(entries, citationKeys(entries, ledger).key, ledger, keysBeforeMerge)
 * // ['gatortron yang2022gatortron gatortron2022']
 */
export function keyLedgerAppendix(
  entries: readonly { slug: string; aliases?: readonly string[]; authors?: readonly unknown[] }[],
  keys: ReadonlyMap<string, string>,
  ledger: KeyLedger,
  earlier: ReadonlyMap<string, string> = new Map(),
): string[] {
  return entries
    .filter(
      (entry) =>
        ![entry.slug, ...(entry.aliases ?? [])].some((slug) => ledger.has(slug)) &&
        entry.authors?.length &&
        keys.has(entry.slug),
    )
    .map((entry) => {
      const key = keys.get(entry.slug)!;
      const before = earlier.get(entry.slug);
      return before && before !== key ? `${entry.slug} ${key} ${before}` : `${entry.slug} ${key}`;
    });
}
