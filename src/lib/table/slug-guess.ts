/**
 * A cheap guess of the slug the importer made from a title (lowercase ASCII words joined by hyphens,
 * cut at a word boundary to 60 characters), so the table index can leave out every slug the guess
 * gets right: at 10,000 papers the slugs are a third of the index. A wrong guess costs nothing but
 * bytes, since the index stores the slug whenever the guess differs (checked when it is written).
 *
 * @example
 * guessSlug('GatorTron: A Large Clinical Language Model') // 'gatortron-a-large-clinical-language-model'
 */
export function guessSlug(text: string): string {
  const full = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= 60) return full;
  const cut = full.slice(0, 61);
  const boundary = cut.lastIndexOf('-');
  return boundary > 0 ? cut.slice(0, boundary) : full.slice(0, 60);
}

/** The guess for a slug made from the name before a title's colon ("GatorTron: …" → `gatortron`), or ''. */
export function guessPrefixSlug(title: string): string {
  const match = /^([^\s:]+(?:\s[^\s:]+)?):\s/.exec(title);
  return match ? guessSlug(match[1]!) : '';
}

/** How the index stores a slug: '' when it is the title's guess, '^' when it is the prefix's, else the slug itself. */
export function encodeSlug(slug: string, title: string): string {
  if (slug === guessSlug(title)) return '';
  if (slug === guessPrefixSlug(title)) return '^';
  return slug;
}

/** The slug an index entry stands for (the inverse of `encodeSlug`). */
export function decodeSlug(stored: string, title: string): string {
  if (stored === '') return guessSlug(title);
  if (stored === '^') return guessPrefixSlug(title);
  return stored;
}
