import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server: its origin and the URL of the site (origin + base). */
export interface StaticServer {
  origin: string;
  siteUrl: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `dir` under `base` on 127.0.0.1 and a random port, the way a static host
 * does: `/x/` serves `/x/index.html`, anything else missing gets `404.html` with status 404.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith(prefix) ? await resolveFile(dir, path.slice(prefix.length)) : undefined;
    const target = file ?? join(dir, '404.html');
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, siteUrl: `${origin}${prefix}`, close: () => closeServer(server) };
}

async function resolveFile(dir: string, relative: string): Promise<string | undefined> {
  const path = normalize(join(dir, relative));
  if (path !== dir && !path.startsWith(dir + sep)) return undefined; // no escaping the site
  const candidates = relative === '' || relative.endsWith('/') ? [join(path, 'index.html')] : [path];
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => undefined);
    if (info?.isFile()) return candidate;
  }
  return undefined;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
