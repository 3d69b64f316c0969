// A small CouchDB HTTP client for the admin CLI. Admin credentials come from the environment only
// and never appear in a message: errors name the method, the path and the server's reason.

export class CouchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface CouchClient {
  /** The server address without credentials, safe to print. */
  url: string;
  /** The address the server's own replicator reaches itself at, with the admin credentials. */
  replicationUrl: (database: string) => string;
  request: <T = unknown>(method: string, path: string, body?: unknown) => Promise<T>;
  /** Like request, but a 404 gives null. */
  find: <T = unknown>(path: string) => Promise<T | null>;
}

interface Environment {
  COUCH_URL?: string;
  COUCH_ADMIN_USER?: string;
  COUCH_ADMIN_PASSWORD?: string;
  COUCH_REPLICATION_URL?: string;
}

function parseAddress(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL. Set it like ${name}=https://couch.example.org:6984`);
  }
  if (url.username || url.password) {
    throw new Error(
      `${name} must not hold credentials: set COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD instead.`,
    );
  }
  return url;
}

/** Builds the client from COUCH_URL, COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD. */
export function clientFromEnvironment(env: Environment = process.env): CouchClient {
  if (!env.COUCH_URL)
    throw new Error('COUCH_URL is not set. Set it to the CouchDB server address.');
  if (!env.COUCH_ADMIN_USER || !env.COUCH_ADMIN_PASSWORD) {
    throw new Error('COUCH_ADMIN_USER and COUCH_ADMIN_PASSWORD must be set (server admin login).');
  }
  const base = parseAddress('COUCH_URL', env.COUCH_URL);
  const replicationBase = parseAddress(
    'COUCH_REPLICATION_URL',
    env.COUCH_REPLICATION_URL ?? env.COUCH_URL,
  );
  const url = base.href.replace(/\/$/u, '');
  const authorization = `Basic ${Buffer.from(`${env.COUCH_ADMIN_USER}:${env.COUCH_ADMIN_PASSWORD}`).toString('base64')}`;

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${url}${path}`, {
        method,
        headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new CouchError(
        `cannot reach ${url} (${(error as Error).message}). Is CouchDB running there?`,
        0,
      );
    }
    const payload = (await response.json().catch(() => ({}))) as {
      error?: string;
      reason?: string;
    };
    if (!response.ok) {
      const reason = payload.reason ?? payload.error ?? response.statusText;
      throw new CouchError(
        `${method} ${path} failed: ${response.status} ${reason}`,
        response.status,
      );
    }
    return payload as T;
  }

  return {
    url,
    replicationUrl: (database) => {
      const address = new URL(replicationBase.href);
      address.username = encodeURIComponent(env.COUCH_ADMIN_USER ?? '');
      address.password = encodeURIComponent(env.COUCH_ADMIN_PASSWORD ?? '');
      address.pathname = `${address.pathname.replace(/\/$/u, '')}/${database}`;
      return address.href;
    },
    request,
    find: async (path) => {
      try {
        return await request('GET', path);
      } catch (error) {
        if (error instanceof CouchError && error.status === 404) return null;
        throw error;
      }
    },
  };
}
