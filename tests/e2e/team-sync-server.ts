// The e2e setting for team sync: pouchdb-server in memory (started and stopped by the test) and,
// in front of it, the production build served exactly as `npm start` serves it (same CSP), with
// /couchdb/ passed through to the server. Same origin is the deployment docs/sync.md recommends:
// the CSP stays `connect-src 'self'`, no CORS, and the session cookie is first-party.
import { request as httpRequest, type Server } from 'node:http';
import { resolve } from 'node:path';
import { createStaticServer } from '../../tools/static-server.mjs';
import { startPouchdbServer, type TestServer } from '../sync/pouchdb-server';

export interface SyncSite {
  /** The app's address; the CouchDB server is at `${origin}/couchdb`. */
  origin: string;
  couch: TestServer;
  stop: () => Promise<void>;
}

const PREFIX = '/couchdb';

/** Starts the server and the app in front of it, each on a free port of 127.0.0.1. */
export async function startSyncSite(): Promise<SyncSite> {
  const couch = await startPouchdbServer();
  const target = new URL(couch.url);
  const site: Server = createStaticServer(resolve('dist'));
  const serveApp = site.listeners('request')[0] as (...args: unknown[]) => void;
  site.removeAllListeners('request');
  site.on('request', (request, response) => {
    const url = request.url ?? '/';
    if (url !== PREFIX && !url.startsWith(`${PREFIX}/`)) {
      serveApp(request, response);
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: url.slice(PREFIX.length) || '/',
        headers: { ...request.headers, host: target.host },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
  const address = site.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    couch,
    stop: async () => {
      site.closeAllConnections();
      await new Promise((done) => site.close(done));
      await couch.stop();
    },
  };
}
