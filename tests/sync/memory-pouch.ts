// PouchDB for Node tests: the same core and replication as pouchdb-browser, over the memory
// adapter instead of IndexedDB (which pouchdb-browser needs), and HTTP to reach the server.
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import type { PouchStatic } from '@/features/sync/pouch.types';

const core = PouchDB as {
  plugin: (plugin: unknown) => unknown;
  defaults: (o: object) => PouchStatic;
};
core.plugin(MemoryAdapter);
core.plugin(HttpAdapter);
core.plugin(Replication);

/**
 * Local names live in memory (the only local adapter registered; a second handle on the same name
 * finds the data), http(s) addresses go to the server. Not `defaults({ adapter })`: that would
 * force remote addresses into memory too.
 */
export const NodePouch = core as unknown as PouchStatic;

/** Requests as one member, the way the browser's session cookie would identify them. */
export function basicAuthFetch(user: string, password: string) {
  const authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  return (url: string | Request, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    headers.set('authorization', authorization);
    return fetch(url, { ...init, headers });
  };
}
