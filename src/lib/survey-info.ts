import type { SurveyInfo } from './cite/cite-context.ts';
import { absoluteUrl } from './links.ts';
import { surveyConfig, type SurveyConfig } from './survey-config.ts';

/**
 * What citations and exports know of the survey, made from the one site config: the only place the
 * config becomes a `SurveyInfo`, so pages, exports and feeds cite the survey alike. `siteUrl` is the
 * deployed home page (site and base), which only the build knows.
 *
 * @example
 * surveyInfo('https://example.org/survey/') // { title: 'Clinical AI Survey', siteUrl: 'https://example.org/survey/', … }
 */
export function surveyInfo(siteUrl: string, config: SurveyConfig = surveyConfig): SurveyInfo {
  return {
    title: config.title,
    siteUrl: siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`,
    editors: config.editors.map(({ name, team }) => (team ? { name, team } : { name })),
    license: { spdx: config.license.spdx, url: config.license.url },
    repository: config.repository.url,
    released: config.released,
  };
}

/** The survey as citations know it at this build's address (`Astro.site` or an endpoint's `site`, plus the base). */
export function surveyInfoAt(site: URL | undefined): SurveyInfo {
  return surveyInfo(absoluteUrl('/', site));
}
