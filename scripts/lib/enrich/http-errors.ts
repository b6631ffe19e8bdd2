import type { ApiName } from '../../../src/lib/enrich/combine-findings.ts';

/** The machine cannot reach an API at all (no network, no DNS, connection refused): enrich stops. */
export class OfflineError extends Error {
  constructor(
    readonly api: ApiName,
    readonly host: string,
    readonly code: string,
  ) {
    super(`cannot reach ${api} at ${host} (${code})`);
    this.name = 'OfflineError';
  }
}

/** An API kept failing (timeouts, 429, 5xx) after every retry, or answered with an unexpected status. */
export class ApiRequestError extends Error {
  constructor(
    readonly api: ApiName,
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${api}: ${reason} (${url})`);
    this.name = 'ApiRequestError';
  }
}

// Error codes that mean "no route to the service", as opposed to a service that is slow or failing.
// A connection that cannot even be opened in time (undici's connect timeout) counts as unreachable too.
const OFFLINE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The system error code behind a failed `fetch` (undici wraps it in `cause`, sometimes in an AggregateError). */
export function networkErrorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; errors?: Array<{ code?: string }> } })?.cause;
  return cause?.code ?? cause?.errors?.find((inner) => inner.code)?.code ?? (error as { code?: string })?.code;
}

/** Whether a failed `fetch` means the machine is offline (or the host does not exist for it). */
export function isOfflineCode(code: string | undefined): boolean {
  return code !== undefined && OFFLINE_CODES.has(code);
}
