import { ApiFormatError } from '../../../src/lib/enrich/api-error.ts';
import type { ApiRequests } from '../../../src/lib/enrich/api-requests.ts';
import { arxivFeedToRecords, type ArxivRecord } from '../../../src/lib/enrich/arxiv-feed.ts';
import type { HttpClient } from './http-client.ts';
import { ApiRequestError } from './http-errors.ts';

/** arXiv's records by id, fetched ahead; `undefined` for an id arXiv answered without a record. */
export type ArxivRecords = Map<string, ArxivRecord | undefined>;

const BATCH = 50;

/**
 * Fetches the arXiv records of many papers with one `id_list` request per 50 ids, as arXiv's API
 * manual suggests, instead of one request every 3 s per paper. A batch that fails is left out:
 * its papers are then asked one by one, with their own retries and report.
 */
export async function prefetchArxiv(ids: string[], client: HttpClient, requests: ApiRequests): Promise<ArxivRecords> {
  const records: ArxivRecords = new Map();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH);
    try {
      const answer = await client.get('arXiv', requests.arxivByIds(batch));
      if (answer.status !== 200) continue;
      const found = new Map(arxivFeedToRecords(answer.body).map((record) => [record.paper.arxiv, record]));
      for (const id of batch) records.set(id, found.get(id));
    } catch (error) {
      if (!(error instanceof ApiRequestError || error instanceof ApiFormatError)) throw error;
    }
  }
  return records;
}
