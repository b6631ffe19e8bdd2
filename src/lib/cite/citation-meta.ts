import type { SurveyInfo } from './cite-context.ts';

/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Highwire Press `citation_*` meta tags for the survey's own page, which Google Scholar and reference
 * managers read: title, one `citation_author` per editor, publication date (YYYY/MM/DD) when released.
 */
export function surveyCitationMeta(survey: SurveyInfo): MetaTag[] {
  return [
    { name: 'citation_title', content: survey.title },
    ...survey.editors.map((editor) => ({ name: 'citation_author', content: editor.name })),
    ...(survey.released ? [{ name: 'citation_publication_date', content: survey.released.replaceAll('-', '/') }] : []),
    { name: 'citation_public_url', content: survey.siteUrl },
    { name: 'citation_fulltext_html_url', content: survey.siteUrl },
  ];
}
