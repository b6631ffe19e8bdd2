import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiName } from '../../../src/lib/enrich/combine-findings.ts';
import { writeFilesAtomically } from '../write-atomic.ts';

/** An API's answer as enrich keeps it: only 200 (the data) and 404 (the API does not know the paper). */
export interface CachedAnswer {
  url: string;
  status: number;
  body: string;
  fetchedAt: string;
}

/**
 * API answers on disk, one JSON file per request URL under `<dir>/<api>/`, so that a re-run (after a
 * failure, or with --dry-run first) asks the APIs nothing it already asked. Answers older than
 * `maxAgeDays` are asked again; `refresh` ignores what is stored (and stores the new answers).
 */
export class ResponseCache {
  constructor(
    private readonly dir: string,
    private readonly options: { maxAgeDays: number; refresh: boolean; now?: () => Date },
  ) {}

  /** The stored answer for a URL, when there is a fresh one. */
  read(api: ApiName, url: string): CachedAnswer | undefined {
    if (this.options.refresh) return undefined;
    let answer: CachedAnswer;
    try {
      answer = JSON.parse(readFileSync(this.path(api, url), 'utf8')) as CachedAnswer;
    } catch {
      return undefined;
    }
    const age = (this.now().getTime() - Date.parse(answer.fetchedAt)) / 86_400_000;
    return answer.url === url && age <= this.options.maxAgeDays ? answer : undefined;
  }

  /** Stores an answer, atomically (a half-written file would poison the next run). */
  write(api: ApiName, url: string, status: number, body: string): void {
    const answer: CachedAnswer = { url, status, body, fetchedAt: this.now().toISOString() };
    const path = this.path(api, url);
    writeFilesAtomically([{ path, content: JSON.stringify(answer) }]);
  }

  private path(api: ApiName, url: string): string {
    const folder = api.toLowerCase().replace(/[^a-z]+/g, '-');
    return join(this.dir, folder, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
