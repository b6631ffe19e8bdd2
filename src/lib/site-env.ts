/** The default public address of the survey, used when SURVEY_SITE is not set. */
export const DEFAULT_SITE = 'https://example.org';

/** Astro's `site`: SURVEY_SITE when set, else the default address. */
export function surveySite(env: Record<string, string | undefined>): string {
  return (env.SURVEY_SITE ?? '').trim() || DEFAULT_SITE;
}

/** Astro's `base`: SURVEY_BASE normalised to `/` or `/path/` (leading and trailing slash). */
export function surveyBase(env: Record<string, string | undefined>): string {
  const raw = (env.SURVEY_BASE ?? '').trim().replace(/^\/+|\/+$/g, '');
  return raw === '' ? '/' : `/${raw}/`;
}
