import { surveyConfig } from './survey-config.ts';

/**
 * Prefixes a site path with the deployment base, so every internal link works at a domain root and
 * under `/<repo>/` alike. The one place internal URLs are made.
 *
 * @example
 * withBase('/papers/gatortron/', '/survey/') // '/survey/papers/gatortron/'
 */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A site path with this build's deployment base (`import.meta.env.BASE_URL`): use for every internal link. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path, for canonical and Open Graph tags, feeds and citations. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? surveyConfig.site).href;
}

/** The site-relative path of a paper's page. */
export function paperPath(slug: string): string {
  return `/papers/${slug}/`;
}

/** The site-relative path of a theme's page. */
export function themePath(theme: string): string {
  return `/themes/${theme}/`;
}

/** The site-relative path of a theme's BibTeX file. */
export function themeBibPath(theme: string): string {
  return `/themes/${theme}.bib`;
}

/**
 * The site-relative path of a search for `query`, narrowed to a theme or sorted newest first: the URL
 * the search page reads its state from. Written with `encodeURIComponent` (a space is `%20`, not `+`).
 *
 * @example
 * searchPath('sepsis', { theme: 'imaging' }) // '/search/?q=sepsis&theme=imaging'
 * searchPath('sepsis', { sort: 'newest' })   // '/search/?q=sepsis&sort=newest'
 */
export function searchPath(query: string, options: { theme?: string; sort?: 'newest' } = {}): string {
  const params = [`q=${encodeURIComponent(query)}`];
  if (options.theme !== undefined) params.push(`theme=${encodeURIComponent(options.theme)}`);
  if (options.sort !== undefined) params.push(`sort=${options.sort}`);
  return `/search/?${params.join('&')}`;
}
