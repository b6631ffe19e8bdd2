/** One editor of the survey: a person ("Given Family") or a team, cited as a whole name. */
export interface SurveyEditor {
  name: string;
  /** True for a group name ("Clinical AI Survey editors"), which citations keep whole instead of splitting into given and family names. */
  team?: boolean;
}

/**
 * What citations need to know about the survey itself; the site config provides it.
 *
 * @example
 * const survey: SurveyInfo = {
 *   title: 'Clinical AI: a curated survey',
 *   siteUrl: 'https://example.org/clinical-ai-survey/',
 *   editors: [{ name: 'Clinical AI Survey editors', team: true }],
 *   license: { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
 *   repository: 'https://github.com/example/clinical-ai-survey',
 * };
 */
export interface SurveyInfo {
  title: string;
  /** Absolute URL of the survey's home page, deployment base included, ending in `/`. */
  siteUrl: string;
  editors: SurveyEditor[];
  /** License of the survey's text and data: SPDX id (`CC-BY-4.0`) and the license's URL. */
  license: { spdx: string; url: string };
  /** URL of the survey's source repository. */
  repository?: string;
  /** Day of the survey's first public release (YYYY-MM-DD). */
  released?: string;
}

/** What a citation of one entry needs besides the entry itself. */
export interface CiteContext {
  survey: SurveyInfo;
  /** Absolute URL of the entry's page in the survey. */
  url: string;
  /** Citation key to use; defaults to `citationKey(entry)`, which is unique only within one paper's context (see `citationKeys`). */
  key?: string;
  /** Earlier published keys of the paper (from the key ledger), still valid as BibLaTeX `ids`. */
  aliases?: string[];
}
