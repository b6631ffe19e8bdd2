import type { OfflineError } from './http-errors.ts';

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'no DNS answer',
  ENETUNREACH: 'no network',
  EHOSTUNREACH: 'host unreachable',
  ENETDOWN: 'network down',
  UND_ERR_CONNECT_TIMEOUT: 'no connection within 10 s',
};

/** What to tell a curator whose machine cannot reach the APIs. */
export function offlineMessage(error: OfflineError): string {
  return [
    `error: cannot reach ${error.api} at ${error.host} (${REASONS[error.code] ?? error.code}).`,
    '  npm run enrich asks public APIs, so it needs the network; this machine seems to be offline.',
    '  Nothing was written. Run it again from a machine that is online; answers already received are cached.',
    '  (npm run build never needs the network: it uses only what is in content/.)',
  ].join('\n');
}
