// Logging in to the team's CouchDB with the user's own name and password: CouchDB answers with a
// session cookie (HttpOnly, so no script reads it) that every later request carries. The password
// goes to the server once and is never stored; admin credentials never reach the browser.

export type LoginProblem = 'address' | 'unreachable' | 'credentials' | 'server';

export type LoginResult =
  | { ok: true; user: string; roles: string[] }
  | { ok: false; problem: LoginProblem; detail: string };

/** Checks a typed server address: http(s), no credentials, no trailing slash kept. */
export function normaliseServerUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password) return null;
  return url.href.replace(/\/+$/u, '');
}

async function sessionRequest(serverUrl: string, init: RequestInit) {
  return fetch(`${serverUrl}/_session`, {
    ...init,
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  });
}

/** Opens a CouchDB session with the user's login. */
export async function logIn(
  serverUrl: string,
  user: string,
  password: string,
): Promise<LoginResult> {
  let response: Response;
  try {
    response = await sessionRequest(serverUrl, {
      method: 'POST',
      body: JSON.stringify({ name: user, password }),
    });
  } catch (error) {
    return { ok: false, problem: 'unreachable', detail: (error as Error).message };
  }
  const body = (await response.json().catch(() => ({}))) as {
    name?: string;
    roles?: string[];
    reason?: string;
  };
  if (response.status === 401)
    return { ok: false, problem: 'credentials', detail: body.reason ?? '' };
  if (!response.ok || typeof body.name !== 'string') {
    return {
      ok: false,
      problem: 'server',
      detail: `${response.status} ${body.reason ?? ''}`.trim(),
    };
  }
  return { ok: true, user: body.name, roles: Array.isArray(body.roles) ? body.roles : [] };
}

/** Closes the CouchDB session (the server forgets the cookie). Offline, there is nothing to close. */
export async function logOut(serverUrl: string): Promise<void> {
  await sessionRequest(serverUrl, { method: 'DELETE' }).catch(() => undefined);
}
