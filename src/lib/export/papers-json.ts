import { citationKeys, type SurveyKeys } from '../cite/citation-key.ts';
import { compareText } from '../cite/order.ts';
import type { SurveyInfo } from '../cite/cite-context.ts';
import { arxivUrl, entryUrl, paperUrl } from '../cite/urls.ts';
import type { Entry } from '../schema.ts';
import { PAPERS_JSON_VERSION, type PaperRecord, type PapersJson } from './papers-json-schema.ts';

/**
 * The content of `/papers.json`: every given entry's public fields (curation internals such as the
 * classifier's reasons and the digest provenance stay out), with URL and citation key, ordered by slug.
 * Pass `keys` computed over the whole survey when `entries` is a part of it.
 */
export function entriesToJson(
  entries: readonly Entry[],
  survey: SurveyInfo,
  keys: SurveyKeys = citationKeys(entries),
): PapersJson {
  const papers = [...entries]
    .sort((a, b) => compareText(a.slug, b.slug))
    .map((entry) => entryToRecord(entry, survey, keys));
  return {
    version: PAPERS_JSON_VERSION,
    survey: {
      title: survey.title,
      url: survey.siteUrl,
      license: survey.license.spdx,
      licenseUrl: survey.license.url,
      ...(survey.repository ? { repository: survey.repository } : {}),
    },
    papers,
  };
}

function entryToRecord(entry: Entry, survey: SurveyInfo, keys: SurveyKeys): PaperRecord {
  const key = keys.key.get(entry.slug);
  if (!key)
    throw new Error(
      `entriesToJson: no citation key for entry "${entry.slug}"; compute keys with citationKeys over all entries`,
    );
  const {
    slug,
    title,
    abstract,
    authors,
    authorsCount,
    organization,
    date,
    arxiv,
    arxivCategory,
    doi,
    venue,
    links,
    theme,
    secondaryThemes,
    added,
    aliases,
    status,
    withdrawnReason,
    upvotes,
    comments,
  } = entry;
  const record = {
    slug,
    url: entryUrl(survey.siteUrl, slug),
    citationKey: key,
    citationKeyAliases: keys.aliases.get(slug),
    title,
    abstract,
    authors,
    authorsCount,
    organization,
    date,
    arxiv,
    arxivUrl: arxiv ? arxivUrl(arxiv) : undefined,
    arxivCategory,
    doi,
    paperUrl: paperUrl(entry),
    venue,
    links,
    theme,
    secondaryThemes,
    added,
    aliases,
    status,
    withdrawnReason,
    upvotes,
    comments,
  };
  // Absent optional fields are left out rather than written as null.
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as PaperRecord;
}
