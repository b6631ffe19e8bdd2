// The public API of citing: what pages and exports import.
export { entryToBibtex, surveyEntryToBibtex, surveyEntryKey } from './bibtex.ts';
export { citationKey, citationKeys } from './citation-key.ts';
export { surveyCitationMeta, type MetaTag } from './citation-meta.ts';
export { entryToApa, entryToCsl, type CslItem } from './csl.ts';
export { entryToJsonLd, jsonLdToScript, surveyToJsonLd, type JsonLdNode } from './json-ld.ts';
export { entryToRis } from './ris.ts';
export type { CiteContext, SurveyEditor, SurveyInfo } from './survey-info.ts';
export { bibtexTitle, escapeTex, protectCase } from './tex.ts';
export { arxivUrl, entryUrl } from './urls.ts';
