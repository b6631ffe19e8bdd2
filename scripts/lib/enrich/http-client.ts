import type { ApiName } from '../../../src/lib/enrich/combine-findings.ts';
import { ApiRequestError, isOfflineCode, networkErrorCode, OfflineError } from './http-errors.ts';
import type { RateLimiter } from './rate-limiter.ts';
import type { ResponseCache } from './response-cache.ts';

/** How the client behaves; every delay is injectable so that tests run in milliseconds. */
export interface HttpClientOptions {
  limiter: RateLimiter;
  cache?: ResponseCache;
  /** Time allowed for one attempt, answer body included. */
  timeoutMs: number;
  /** Attempts after the first, on a timeout, 429, 5xx or a dropped connection. */
  retries: number;
  /** The first wait before a retry; each next wait doubles, up to `maxBackoffMs`. */
  backoffMs: number;
  /** The longest wait, also for a server's `Retry-After`. */
  maxBackoffMs: number;
  sleep: (ms: number) => Promise<void>;
  headers?: Partial<Record<ApiName, Record<string, string>>>;
  userAgent: string;
  fetch?: typeof fetch;
  /** After this many requests in a row to one API have failed, it is not asked again in this run. */
  giveUpAfter?: number;
  /** Told of each retry, for the curator watching a slow run. */
  onRetry?: (api: ApiName, url: string, reason: string, waitMs: number) => void;
}

/** An answer enrich can use: 200 with its body, or 404 (the API does not know the paper). */
export interface ApiAnswer {
  status: 200 | 404;
  body: string;
  fromCache: boolean;
}

const MAX_BODY = 5_000_000;
const RETRIED_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

/** A GET client for the enrich APIs: cache first, then rate limit, timeout, and bounded retries with backoff. */
export function createHttpClient(options: HttpClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const giveUpAfter = options.giveUpAfter ?? 3;
  const failedInARow = new Map<ApiName, number>();
  let requests = 0;

  async function attempt(
    api: ApiName,
    url: string,
  ): Promise<{ status: number; body: string; retryAfterMs?: number } | { failure: string }> {
    await options.limiter.take(api);
    requests += 1;
    try {
      const response = await doFetch(url, {
        headers: { 'user-agent': options.userAgent, ...options.headers?.[api] },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const body = await response.text();
      // The four APIs answer one paper in kilobytes; megabytes mean something else answered.
      if (body.length > MAX_BODY)
        return { failure: `an answer of ${Math.round(body.length / 1e6)} MB, larger than any paper's record` };
      return { status: response.status, body, ...retryAfter(response.headers.get('retry-after')) };
    } catch (error) {
      const code = networkErrorCode(error);
      if (isOfflineCode(code)) throw new OfflineError(api, new URL(url).host, code!);
      const name = (error as Error)?.name;
      if (name === 'TimeoutError' || name === 'AbortError')
        return { failure: `no answer within ${options.timeoutMs} ms` };
      return { failure: `connection failed (${code ?? (error as Error)?.message ?? 'unknown error'})` };
    }
  }

  async function fetchWithRetries(api: ApiName, url: string): Promise<ApiAnswer> {
    for (let tries = 0; ; tries += 1) {
      const result = await attempt(api, url);
      if ('status' in result && (result.status === 200 || result.status === 404)) {
        options.cache?.write(api, url, result.status, result.body);
        return { status: result.status, body: result.body, fromCache: false };
      }
      const reason =
        'status' in result
          ? `HTTP ${result.status}${result.body ? `: ${result.body.trim().slice(0, 120)}` : ''}`
          : result.failure;
      const retriable = !('status' in result) || RETRIED_STATUS.has(result.status);
      if (!retriable) throw new ApiRequestError(api, url, reason);
      if (tries >= options.retries)
        throw new ApiRequestError(api, url, `${reason}; gave up after ${tries + 1} attempts`);
      const backoff = Math.min(options.backoffMs * 2 ** tries, options.maxBackoffMs);
      const wait = Math.min(
        Math.max(backoff, ('retryAfterMs' in result && result.retryAfterMs) || 0),
        options.maxBackoffMs,
      );
      options.onRetry?.(api, url, reason, wait);
      await options.sleep(wait);
    }
  }

  return {
    /** How many requests went over the network (cache hits excluded). */
    get requestCount() {
      return requests;
    },
    /** GETs a URL of an API; throws {@link OfflineError} or {@link ApiRequestError} when no usable answer comes. */
    async get(api: ApiName, url: string): Promise<ApiAnswer> {
      const cached = options.cache?.read(api, url);
      if (cached && (cached.status === 200 || cached.status === 404))
        return { status: cached.status, body: cached.body, fromCache: true };
      // An API that is down would otherwise cost every remaining entry its full round of retries.
      if ((failedInARow.get(api) ?? 0) >= giveUpAfter)
        throw new ApiRequestError(api, url, `not asked: its last ${giveUpAfter} requests failed in this run`);
      try {
        const answer = await fetchWithRetries(api, url);
        failedInARow.set(api, 0);
        return answer;
      } catch (error) {
        if (error instanceof ApiRequestError) failedInARow.set(api, (failedInARow.get(api) ?? 0) + 1);
        throw error;
      }
    },
  };
}

/** The HTTP client enrich uses. */
export type HttpClient = ReturnType<typeof createHttpClient>;

// Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3).
function retryAfter(header: string | null): { retryAfterMs?: number } {
  if (!header) return {};
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return { retryAfterMs: seconds * 1000 };
  const date = Date.parse(header);
  return Number.isNaN(date) ? {} : { retryAfterMs: Math.max(0, date - Date.now()) };
}
