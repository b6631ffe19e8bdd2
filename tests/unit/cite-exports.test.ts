import { expect, test } from 'vitest';
import * as cite from '../../src/lib/cite/index.ts';
import * as exportsApi from '../../src/lib/export/index.ts';

test('the citation core exposes exactly its public API', () => {
  expect(Object.keys(cite).sort()).toEqual([
    'KEY_LEDGER_FILE',
    'arxivPdfUrl',
    'arxivUrl',
    'authorToBibtex',
    'authorToCsl',
    'bibtexTitle',
    'breadcrumbsToJsonLd',
    'citationKey',
    'citationKeys',
    'doiUrl',
    'entryToApa',
    'entryToArticleJsonLd',
    'entryToBibtex',
    'entryToCoins',
    'entryToCsl',
    'entryToJsonLd',
    'entryToRis',
    'entryUrl',
    'escapeTex',
    'huggingFaceUrl',
    'jsonLdToScript',
    'keyLedgerAppendix',
    'paperUrl',
    'parseKeyLedger',
    'protectCase',
    'surveyCitationMeta',
    'surveyDatasetToJsonLd',
    'surveyEntryKey',
    'surveyEntryToBibtex',
    'surveyToJsonLd',
  ]);
});

test('the exports expose exactly their public API', () => {
  expect(Object.keys(exportsApi).sort()).toEqual([
    'FEED_PAGE_SIZE',
    'PAPERS_JSON_VERSION',
    'PapersJsonSchema',
    'entriesToAtomFeed',
    'entriesToBibliography',
    'entriesToJson',
    'feedDocuments',
    'feedOrder',
    'papersJsonSchema',
  ]);
});
