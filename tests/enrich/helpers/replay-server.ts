import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The recorded API answers, one folder per API, in each API's documented format. */
export const API_FIXTURES = fileURLToPath(new URL('../../fixtures/api', import.meta.url));

/** A scripted answer that comes before the recorded ones: a status (429, 503…) or a hang. */
export type ScriptedAnswer = { status: number; headers?: Record<string, string>; body?: string } | { hangMs: number };

/** A local HTTP server (127.0.0.1, a free port) that answers like the four APIs, from the fixtures. */
export interface ReplayServer {
  /** Environment variables that point enrich at this server, with tiny pauses (tests only). */
  env: Record<string, string>;
  /** Every request path (with query) received, in order. */
  requests: string[];
  /** Queues answers for requests whose path starts with `prefix` (`/arxiv`, `/hf`, `/s2`, `/crossref`). */
  script(prefix: string, answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Answers a request the way the API would, from the fixture files; unknown papers get the API's "not found". */
function replay(url: URL): { status: number; type: string; file?: string; body?: string } {
  const [, api, ...rest] = url.pathname.split('/');
  const path = decodeURIComponent(rest.join('/'));
  const file = (name: string) => join(API_FIXTURES, name);
  if (api === 'arxiv') {
    const id = url.searchParams.get('id_list');
    if (id?.includes(','))
      return { status: 200, type: 'application/atom+xml; charset=utf-8', body: batchFeed(id.split(',')) };
    const title = /^ti:"(.*)"$/.exec(url.searchParams.get('search_query') ?? '')?.[1];
    const name = id ? `arxiv/${id}.xml` : title ? `arxiv/search-${slug(title)}.xml` : 'arxiv/error.xml';
    return {
      status: 200,
      type: 'application/atom+xml; charset=utf-8',
      file: existsSync(file(name)) ? file(name) : file('arxiv/empty.xml'),
    };
  }
  if (api === 'hf') {
    const name = `huggingface/${path.replace(/^papers\//, '')}.json`;
    return existsSync(file(name))
      ? { status: 200, type: 'application/json', file: file(name) }
      : { status: 404, type: 'application/json', body: '{"error":"Entry not found"}' };
  }
  if (api === 's2') {
    const id = path.replace(/^paper\//, '');
    const name = `semantic-scholar/${id
      .replace(/^ARXIV:/, 'arxiv-')
      .replace(/^DOI:/, 'doi-')
      .replace(/\//g, '_')}.json`;
    return existsSync(file(name))
      ? { status: 200, type: 'application/json', file: file(name) }
      : { status: 404, type: 'application/json', body: `{"error":"Paper with id ${id} not found"}` };
  }
  if (api === 'crossref') {
    const query = url.searchParams.get('query.bibliographic');
    const name = query
      ? `crossref/search-${slug(query)}.json`
      : `crossref/${path.replace(/^works\//, '').replace(/\//g, '_')}.json`;
    if (existsSync(file(name))) return { status: 200, type: 'application/json', file: file(name) };
    return query
      ? {
          status: 200,
          type: 'application/json',
          body: '{"status":"ok","message-type":"work-list","message":{"items":[],"total-results":0}}',
        }
      : { status: 404, type: 'text/plain', body: 'Resource not found.' };
  }
  return { status: 404, type: 'text/plain', body: 'no such API' };
}

/** One feed with the entry of each id that has a fixture, as arXiv answers an `id_list` of several ids. */
function batchFeed(ids: string[]): string {
  const entries = ids.flatMap((id) => {
    const file = join(API_FIXTURES, `arxiv/${id}.xml`);
    return existsSync(file) ? [/<entry>[\s\S]*<\/entry>/.exec(readFileSync(file, 'utf8'))![0]] : [];
  });
  return readFileSync(join(API_FIXTURES, 'arxiv/empty.xml'), 'utf8').replace(
    '</feed>',
    `${entries.join('\n')}\n</feed>`,
  );
}

/** Starts the replay server. */
export async function startReplayServer(): Promise<ReplayServer> {
  const requests: string[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(`${url.pathname}${url.search}`);
    const prefix = [...scripts.keys()].find((key) => url.pathname.startsWith(key) && scripts.get(key)!.length > 0);
    const scripted = prefix ? scripts.get(prefix)!.shift() : undefined;
    if (scripted && 'hangMs' in scripted) {
      hanging.add(response);
      setTimeout(() => {
        hanging.delete(response);
        if (!response.destroyed) response.destroy();
      }, scripted.hangMs);
      return;
    }
    if (scripted) {
      response
        .writeHead(scripted.status, { 'content-type': 'text/plain', ...scripted.headers })
        .end(scripted.body ?? '');
      return;
    }
    const answer = replay(url);
    response
      .writeHead(answer.status, { 'content-type': answer.type })
      .end(answer.file ? readFileSync(answer.file) : answer.body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: apiEnv(base),
    requests,
    script: (prefix, answers) => scripts.set(prefix, [...(scripts.get(prefix) ?? []), ...answers]),
    close: () =>
      new Promise((closed) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}

/** Environment variables that point enrich at a port where nothing listens: the machine is "offline". */
export async function offlineEnv(): Promise<Record<string, string>> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await new Promise<void>((closed) => server.close(() => closed()));
  return apiEnv(base);
}

/** The environment that points each API enrich asks at `base` (one path each), with no waiting between requests. */
function apiEnv(base: string): Record<string, string> {
  return {
    ENRICH_ARXIV_API: `${base}/arxiv`,
    ENRICH_HUGGINGFACE_API: `${base}/hf`,
    ENRICH_SEMANTIC_SCHOLAR_API: `${base}/s2`,
    ENRICH_CROSSREF_API: `${base}/crossref`,
    ENRICH_INTERVAL_MS: '0',
    ENRICH_BACKOFF_MS: '1',
  };
}
