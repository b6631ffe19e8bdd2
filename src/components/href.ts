import { withBase } from '../lib/links.ts';
import { surveyConfig } from '../lib/survey-config.ts';

/** A site path with the deployment base (`import.meta.env.BASE_URL`): use for every internal link. */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** The absolute URL of a site path, for canonical and Open Graph tags. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? surveyConfig.site).href;
}

/** The CSS class that colours a theme: themes take a colour by their position in themes.json. */
export function toneClass(index: number): string {
  return `tone-${index % 6}`;
}
