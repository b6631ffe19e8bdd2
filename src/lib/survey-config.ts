/**
 * The survey's own settings: what the overview says, who edits it, where its source lives and under
 * which license it is published. The one place to change them; pages, the about page and the
 * "edit this entry" links all read from here.
 */
export interface SurveyConfig {
  /** The survey's name: the site title and the overview's heading. */
  title: string;
  /** One sentence, used as the overview's meta description and the header's tagline. */
  tagline: string;
  /** The overview's introduction: plain-text paragraphs (rendered as text, never as HTML). */
  introduction: string[];
  /** What a paper must be to join the survey: plain-text sentences, shown on the about page. */
  inclusionCriteria: string[];
  /** People who curate the survey; `url` is optional; `team` marks a group name, which citations keep whole. */
  editors: { name: string; url?: string; team?: boolean }[];
  /** The source repository: browsable URL and the branch that "edit this entry" opens. */
  repository: { url: string; branch: string };
  /** The license of the survey's text and data: display name, SPDX id (for CITATION.cff and exports) and URL. */
  license: { name: string; spdx: string; url: string };
  /** Day of the first public release (YYYY-MM-DD), as in CITATION.cff's `date-released`. */
  released: string;
  /** The public address, used when SURVEY_SITE is not set (canonical and Open Graph URLs). */
  site: string;
  /** How many of the newest additions the overview lists. */
  newestCount: number;
}

/** The survey's settings. */
export const surveyConfig: SurveyConfig = {
  title: 'Clinical AI Survey',
  tagline: 'A curated survey of research on artificial intelligence in clinical care.',
  introduction: [
    'This survey collects papers on AI for clinical care: language models for health records, models that read medical images and signals, benchmarks that test them, and work on making them safe, grounded and explainable.',
    'Each paper has its own page with its abstract, links to the paper and, where an editor has written one, a short commentary. Papers are grouped into four themes; browse a theme, or list every paper by year.',
  ],
  inclusionCriteria: [
    'The paper is about artificial intelligence for clinical care: it builds, evaluates or makes safer a model that works with patients’ records, clinical text, medical images or signals, or clinical decisions.',
    'It is a research paper with an abstract and a public version (an arXiv preprint, or a published article).',
    'It contributes something of its own: a method, a model, a data set or benchmark, an evaluation, or a study of safety, fairness or explainability. Position papers and surveys are included only when they propose a framework others can use.',
    'Each paper is listed once: a new version, or the published version of a preprint, updates the existing entry.',
  ],
  editors: [{ name: 'The Clinical AI Survey editors', team: true }],
  repository: { url: 'https://github.com/clinical-ai-survey/clinical-ai-survey', branch: 'main' },
  license: { name: 'CC BY 4.0', spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  released: '2026-11-25',
  site: 'https://example.org',
  newestCount: 6,
};

/** The URL that opens an entry file in the repository's web editor. */
export function editUrl(filePath: string, config: SurveyConfig = surveyConfig): string {
  const repo = config.repository.url.replace(/\/+$/, '');
  const path = filePath.split(/[\\/]/).map(encodeURIComponent).join('/');
  return `${repo}/edit/${encodeURIComponent(config.repository.branch)}/${path}`;
}

/** The URL where a reader proposes a paper: a new issue in the repository. */
export function proposeUrl(config: SurveyConfig = surveyConfig): string {
  return `${config.repository.url.replace(/\/+$/, '')}/issues/new`;
}
