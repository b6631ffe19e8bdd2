import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { API_NAMES, type ApiName } from '../../src/lib/enrich/combine-findings.ts';
import { createHttpClient, type HttpClientOptions } from '../../scripts/lib/enrich/http-client.ts';
import { ApiRequestError, OfflineError } from '../../scripts/lib/enrich/http-errors.ts';
import { RateLimiter } from '../../scripts/lib/enrich/rate-limiter.ts';
import { ResponseCache } from '../../scripts/lib/enrich/response-cache.ts';
import { offlineEnv, startReplayServer, type ReplayServer } from './helpers/replay-server.ts';

let server: ReplayServer;
let waits: number[];
beforeEach(async () => {
  server = await startReplayServer();
  waits = [];
});
afterEach(() => server.close());

const noPause = Object.fromEntries(API_NAMES.map((api) => [api, 0])) as Record<ApiName, number>;
// Waits are recorded, not slept: the test checks the backoff schedule without spending it.
const client = (options: Partial<HttpClientOptions> = {}) =>
  createHttpClient({
    limiter: new RateLimiter(noPause, async () => {}),
    timeoutMs: 2000,
    retries: 3,
    backoffMs: 10,
    maxBackoffMs: 50,
    sleep: async (ms) => void waits.push(ms),
    userAgent: 'test',
    ...options,
  });
const hf = (id: string) => `${server.env.ENRICH_HUGGINGFACE_API}/papers/${id}`;

describe('the enrich HTTP client', () => {
  test('retries 429 and 503 with doubling waits, honours Retry-After up to its cap, then answers', async () => {
    server.script('/hf', [{ status: 429, headers: { 'retry-after': '1' } }, { status: 503 }, { status: 503 }]);
    const answer = await client().get('Hugging Face', hf('2505.01234'));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).id).toBe('2505.01234');
    expect(waits).toEqual([50, 20, 40]);
    expect(server.requests).toHaveLength(4);
  });

  test('gives up after the last retry, naming the API, the status and the attempts', async () => {
    server.script(
      '/hf',
      Array.from({ length: 10 }, () => ({ status: 503, body: 'Service Unavailable' })),
    );
    const failure = client({ retries: 2 }).get('Hugging Face', hf('2505.01234'));
    await expect(failure).rejects.toThrow(ApiRequestError);
    await expect(failure).rejects.toThrow('Hugging Face: HTTP 503: Service Unavailable; gave up after 3 attempts');
    expect(server.requests).toHaveLength(3);
  });

  test('stops asking an API whose last requests all failed in this run; other APIs are still asked', async () => {
    server.script(
      '/hf',
      Array.from({ length: 4 }, () => ({ status: 503 })),
    );
    const flaky = client({ retries: 1, giveUpAfter: 2 });
    await expect(flaky.get('Hugging Face', hf('2505.01234'))).rejects.toThrow('gave up after 2 attempts');
    await expect(flaky.get('Hugging Face', hf('2505.01234'))).rejects.toThrow('gave up after 2 attempts');
    await expect(flaky.get('Hugging Face', hf('2502.05678'))).rejects.toThrow(
      'Hugging Face: not asked: its last 2 requests failed in this run',
    );
    expect(server.requests).toHaveLength(4);
    const other = await flaky.get('Crossref', `${server.env.ENRICH_CROSSREF_API}/works/10.1016/j.media.2025.103456`);
    expect(other.status).toBe(200);
  });

  test('does not retry a client error such as 400', async () => {
    server.script('/hf', [{ status: 400, body: 'bad request' }]);
    await expect(client().get('Hugging Face', hf('2505.01234'))).rejects.toThrow('HTTP 400: bad request');
    expect(server.requests).toHaveLength(1);
  });

  test('times out an attempt that gets no answer, and retries it', async () => {
    // Generous limits: a loaded machine must still answer the retry in time; the hang never ends on its own.
    server.script('/hf', [{ hangMs: 60_000 }]);
    const answer = await client({ timeoutMs: 1500 }).get('Hugging Face', hf('2505.01234'));
    expect(answer.status).toBe(200);
    expect(waits).toEqual([10]);
    server.script('/hf', [{ hangMs: 60_000 }, { hangMs: 60_000 }]);
    await expect(client({ timeoutMs: 300, retries: 1 }).get('Hugging Face', hf('2502.05678'))).rejects.toThrow(
      'no answer within 300 ms; gave up after 2 attempts',
    );
  });

  test('answers from the cache the second time, without a request; --refresh asks again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'enrich-cache-'));
    const cached = client({ cache: new ResponseCache(dir, { maxAgeDays: 30, refresh: false }) });
    const first = await cached.get('Hugging Face', hf('2505.01234'));
    const second = await cached.get('Hugging Face', hf('2505.01234'));
    expect([first.fromCache, second.fromCache, second.body === first.body]).toEqual([false, true, true]);
    expect(server.requests).toHaveLength(1);
    expect(readdirSync(join(dir, 'hugging-face'))).toHaveLength(1);
    const notFound = await cached.get('Hugging Face', hf('2599.99999'));
    expect((await cached.get('Hugging Face', hf('2599.99999'))).status).toBe(404);
    expect(notFound.status).toBe(404);
    expect(server.requests).toHaveLength(2);
    await client({ cache: new ResponseCache(dir, { maxAgeDays: 30, refresh: true }) }).get(
      'Hugging Face',
      hf('2505.01234'),
    );
    expect(server.requests).toHaveLength(3);
    const later = new ResponseCache(dir, {
      maxAgeDays: 30,
      refresh: false,
      now: () => new Date(Date.now() + 31 * 86_400_000),
    });
    expect(later.read('Hugging Face', hf('2505.01234'))).toBeUndefined();
  });

  test('reports a refused connection as offline at once, without retrying', async () => {
    const env = await offlineEnv();
    const failure = client().get('arXiv', `${env.ENRICH_ARXIV_API}/query?id_list=2505.01234`);
    await expect(failure).rejects.toThrow(OfflineError);
    await expect(failure).rejects.toMatchObject({ api: 'arXiv', code: 'ECONNREFUSED' });
    expect(waits).toEqual([]);
  });
});

describe('RateLimiter', () => {
  test('spaces requests to one API by its interval, and leaves other APIs alone', async () => {
    let now = 0;
    const slept: number[] = [];
    const limiter = new RateLimiter(
      { ...noPause, arXiv: 3000 },
      async (ms) => void (slept.push(ms), (now += ms)),
      () => now,
    );
    await limiter.take('arXiv');
    now += 1000;
    await limiter.take('arXiv');
    await limiter.take('Crossref');
    await limiter.take('arXiv');
    expect(slept).toEqual([2000, 3000]);
  });
});
