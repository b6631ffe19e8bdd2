// The public API of citing: what pages and exports import.
export { entryToBibtex, surveyEntryToBibtex, surveyEntryKey } from './bibtex.ts';
export { citationKey, citationKeys, type SurveyKeys } from './citation-key.ts';
export { surveyCitationMeta, type MetaTag } from './citation-meta.ts';
export { entryToCoins } from './coins.ts';
export { authorToCsl, entryToApa, entryToCsl, type CslItem, type CslName } from './csl.ts';
export {
  breadcrumbsToJsonLd,
  entryToArticleJsonLd,
  entryToJsonLd,
  jsonLdToScript,
  surveyDatasetToJsonLd,
  surveyToJsonLd,
  type Crumb,
  type JsonLdGraph,
  type JsonLdNode,
  type SurveyDownloads,
} from './json-ld.ts';
export {
  KEY_LEDGER_FILE,
  keyLedgerAppendix,
  parseKeyLedger,
  type FrozenKey,
  type KeyLedger,
} from './citation-key-ledger.ts';
export { entryToRis } from './ris.ts';
export type { CiteContext, SurveyEditor, SurveyInfo } from './cite-context.ts';
export { authorToBibtex, bibtexTitle, escapeTex, protectCase } from './bibtex-text.ts';
export { arxivPdfUrl, arxivUrl, doiUrl, entryUrl, huggingFaceUrl, paperUrl } from './urls.ts';
