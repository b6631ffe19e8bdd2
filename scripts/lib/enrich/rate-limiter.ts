import type { ApiName } from '../../../src/lib/enrich/combine-findings.ts';

/**
 * Spaces the requests to each API by at least its interval (arXiv asks for one request every three
 * seconds; Semantic Scholar allows about one a second without a key). Requests to different APIs do
 * not wait for each other.
 */
export class RateLimiter {
  private last = new Map<ApiName, number>();

  constructor(
    private readonly intervals: Record<ApiName, number>,
    private readonly sleep: (ms: number) => Promise<void>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Waits until a request to `api` is allowed, and counts it as made. */
  async take(api: ApiName): Promise<void> {
    const last = this.last.get(api);
    const wait = last === undefined ? 0 : last + this.intervals[api] - this.now();
    if (wait > 0) await this.sleep(wait);
    this.last.set(api, this.now());
  }
}
