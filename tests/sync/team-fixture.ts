// A team on a test server, set up through the real admin CLI, and HTTP access as each member.
import { runTeamCommand } from '../../tools/team/run-team-command';
import { startPouchdbServer, type TestServer } from './pouchdb-server';

export interface Target {
  label: string;
  /** Null when this target is not available (real CouchDB without COUCH_URL). */
  start: (() => Promise<TestServer>) | null;
}

/** The two servers every check runs against: pouchdb-server always, real CouchDB on demand. */
export const TARGETS: Target[] = [
  { label: 'pouchdb-server (in memory)', start: startPouchdbServer },
  {
    label: 'real CouchDB at COUCH_URL',
    start:
      process.env.COUCH_URL && process.env.COUCH_ADMIN_USER && process.env.COUCH_ADMIN_PASSWORD
        ? async () => ({
            url: process.env.COUCH_URL ?? '',
            admin: {
              user: process.env.COUCH_ADMIN_USER ?? '',
              password: process.env.COUCH_ADMIN_PASSWORD ?? '',
            },
            stop: async () => {},
          })
        : null,
  },
];

// Said once per test file (not by the bench, which shares this fixture).
if (TARGETS[1]?.start === null && process.env.VITEST) {
  console.info(
    "Real-CouchDB suite skipped: set COUCH_URL=http://127.0.0.1:5984 COUCH_ADMIN_USER=… COUCH_ADMIN_PASSWORD=… to run it against a throwaway CouchDB 3 (README, 'Team sync').",
  );
}

export const MEMBER_PASSWORD = 'fictional-password-1';

/** Runs `npm run team -- ...args` in process against the server; returns its exit code and output. */
export async function team(server: TestServer, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runTeamCommand(
    args,
    {
      COUCH_URL: server.url,
      COUCH_ADMIN_USER: server.admin.user,
      COUCH_ADMIN_PASSWORD: server.admin.password,
      TEAM_USER_PASSWORD: MEMBER_PASSWORD,
    },
    (line) => out.push(line),
    (line) => err.push(line),
  );
  return { code, out, err };
}

/** Unique names, so a run against a shared real CouchDB never meets a previous run's users. */
export function memberNames() {
  const tag = Math.random().toString(36).slice(2, 8);
  return { alice: `alice-${tag}`, bob: `bob-${tag}`, lea: `lea-${tag}`, tom: `tom-${tag}` };
}

/** HTTP requests as one member (basic auth, as a browser's session cookie would identify them). */
export function asMember(server: TestServer, name: string, password = MEMBER_PASSWORD) {
  const authorization = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
}

/** Polls until the check passes (server-side replication is asynchronous) or the time is up. */
export async function eventually<T>(check: () => Promise<T | null>, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`still not there after ${ms} ms`);
    await new Promise((wait) => setTimeout(wait, 150));
  }
}
