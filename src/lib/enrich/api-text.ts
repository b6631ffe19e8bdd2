// Control characters, C1 controls, zero-width spaces and byte-order marks: what an API's text may carry unseen.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\uFEFF]/g;

/**
 * API text is untrusted data, like digest text: it is kept literally (no markup is read or removed),
 * with only what no reader can see made plain: control characters dropped, and the hard line breaks
 * and runs of spaces of a feed (arXiv wraps titles and abstracts) made single spaces.
 *
 * @example
 * apiText('  Deep <b>learning</b>\n  for {MIMIC}  ') // 'Deep <b>learning</b> for {MIMIC}'
 */
export function apiText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** A URL from an API, kept only when it is a plain http(s) URL (never `javascript:` or `data:`). */
export function apiUrl(value: unknown): string | undefined {
  const text = apiText(value);
  if (!text) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text)
    ? text
    : /^[\w-]+(\.[\w-]+)+\//.test(text)
      ? `https://${text}`
      : text;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
