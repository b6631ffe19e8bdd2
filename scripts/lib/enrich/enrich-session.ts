import { setTimeout as delay } from 'node:timers/promises';
import {
  API_BASE_VARIABLES,
  apiRequests,
  DEFAULT_API_BASES,
  type ApiBases,
  type ApiRequests,
} from '../../../src/lib/enrich/api-requests.ts';
import { API_NAMES, type ApiName } from '../../../src/lib/enrich/combine-findings.ts';
import { createHttpClient, type HttpClient } from './http-client.ts';
import { RateLimiter } from './rate-limiter.ts';
import { ResponseCache } from './response-cache.ts';

/** Settings of an enrich run, from the command line and the environment. */
export interface SessionOptions {
  cacheDir: string;
  refresh: boolean;
  maxAgeDays: number;
  timeoutMs: number;
  retries: number;
  mailto?: string;
  env: NodeJS.ProcessEnv;
}

// Each API's documented or customary pace: arXiv asks for one request every 3 s; Semantic Scholar
// allows about 1 a second without a key; Crossref's public pool about 5 a second.
const INTERVALS: Record<ApiName, number> = {
  arXiv: 3000,
  'Hugging Face': 500,
  'Semantic Scholar': 1100,
  Crossref: 250,
};

/**
 * The HTTP client and request builders of a run. The environment may point each API elsewhere
 * (`ENRICH_ARXIV_API`…, for a mirror or the tests' replay server), shorten the pauses
 * (`ENRICH_INTERVAL_MS`, `ENRICH_BACKOFF_MS`: tests only, never against the real APIs) and give a
 * Semantic Scholar key (`SEMANTIC_SCHOLAR_API_KEY`).
 */
export function enrichSession(options: SessionOptions): { client: HttpClient; requests: ApiRequests; bases: ApiBases } {
  const { env } = options;
  const bases = Object.fromEntries(
    API_NAMES.map((api) => [api, env[API_BASE_VARIABLES[api]] || DEFAULT_API_BASES[api]]),
  ) as ApiBases;
  const interval = env.ENRICH_INTERVAL_MS === undefined ? undefined : Number(env.ENRICH_INTERVAL_MS);
  const intervals = Object.fromEntries(API_NAMES.map((api) => [api, interval ?? INTERVALS[api]])) as Record<
    ApiName,
    number
  >;
  const sleep = (ms: number) => delay(ms).then(() => undefined);
  const backoffMs = env.ENRICH_BACKOFF_MS === undefined ? 2000 : Number(env.ENRICH_BACKOFF_MS);
  const client = createHttpClient({
    limiter: new RateLimiter(intervals, sleep),
    cache: new ResponseCache(options.cacheDir, { maxAgeDays: options.maxAgeDays, refresh: options.refresh }),
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    backoffMs,
    // 2 s, 4 s, 8 s… up to a minute, the longest a server's Retry-After is obeyed.
    maxBackoffMs: backoffMs * 30,
    sleep,
    userAgent: `clinical-ai-survey-enrich/1 (${options.mailto ? `mailto:${options.mailto}` : 'a curated survey of clinical-AI papers'})`,
    headers: env.SEMANTIC_SCHOLAR_API_KEY ? { 'Semantic Scholar': { 'x-api-key': env.SEMANTIC_SCHOLAR_API_KEY } } : {},
    onRetry: (api, _url, reason, waitMs) =>
      console.error(`  ${api}: ${reason}; retrying in ${Math.round(waitMs / 100) / 10} s`),
  });
  return { client, requests: apiRequests(bases, options.mailto), bases };
}
