import slugify from '@sindresorhus/slugify';

/** Longest slug the importer makes; longer titles are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

/** Lowercase ASCII words joined by hyphens, cut at a word boundary to at most `max` characters. */
export function toSlug(text: string, max = MAX_SLUG_LENGTH): string {
  const full = slugify(text, { decamelize: false });
  if (full.length <= max) return full;
  const cut = full.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, max);
}

/**
 * A distinctive name that opens a title, like "GatorTron" in "GatorTron: A Large Clinical Language
 * Model…": one or two words before a colon, one of them with a capital past its first letter or a digit.
 * Returns undefined for ordinary words ("Objective: …").
 *
 * @example
 * acronymPrefix('CLIN-X: pre-trained language models…') // 'CLIN-X'
 */
export function acronymPrefix(title: string): string | undefined {
  const match = /^([^\s:]+(?:\s[^\s:]+)?):\s/.exec(title);
  if (!match) return undefined;
  const name = match[1];
  const distinctive = name.split(/[\s-]/).some((word) => /\p{Lu}/u.test(word.slice(1)) || /\d/.test(word));
  return distinctive && toSlug(name).length >= 3 ? name : undefined;
}

/**
 * Makes a readable slug for a title that is unique among `taken` (slugs and aliases already in use).
 * Prefers a distinctive acronym prefix, then the whole title, then the title with a number.
 * Deterministic: the same title and the same `taken` give the same slug.
 */
export function uniqueSlug(title: string, taken: ReadonlySet<string>): string {
  const acronym = acronymPrefix(title);
  const candidates = [acronym ? toSlug(acronym) : undefined, toSlug(title) || 'paper'].filter((slug): slug is string =>
    Boolean(slug),
  );
  for (const candidate of candidates) if (!taken.has(candidate)) return candidate;
  const base = toSlug(title, MAX_SLUG_LENGTH - 4) || 'paper';
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
