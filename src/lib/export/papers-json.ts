import { citationKeys, type SurveyKeys } from '../cite/citation-key.ts';
import { compareText } from '../cite/order.ts';
import type { SurveyInfo } from '../cite/cite-context.ts';
import { arxivUrl, entryUrl, paperUrl } from '../cite/urls.ts';
import type { Entry } from '../schema.ts';
import { PAPERS_JSON_VERSION, PaperRecordSchema, type PaperRecord, type PapersJson } from './papers-json-schema.ts';

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
  // The record's fields in the schema's order (one list for the JSON Schema and the file): the entry's own
  // public fields, and what the survey derives from them.
  const derived: Partial<Record<keyof PaperRecord, unknown>> = {
    url: entryUrl(survey.siteUrl, entry.slug),
    citationKey: key,
    citationKeyAliases: keys.aliases.get(entry.slug),
    arxivUrl: entry.arxiv ? arxivUrl(entry.arxiv) : undefined,
    paperUrl: paperUrl(entry),
  };
  const fields = Object.keys(PaperRecordSchema.shape) as (keyof PaperRecord)[];
  const record = fields.map((name) => [name, name in derived ? derived[name] : entry[name as keyof Entry]] as const);
  // Absent optional fields are left out rather than written as null.
  return Object.fromEntries(record.filter(([, value]) => value !== undefined)) as PaperRecord;
}
