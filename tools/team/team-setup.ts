// The idempotent steps of `team init` and `team add-*`: each one reads what the server has and
// writes only what differs, so running a command twice changes nothing the second time.
import { randomBytes } from 'node:crypto';
import {
  teamDatabases,
  type DatabaseKind,
  type TeamRole,
} from '../../src/domain/sync/document-kinds';
import { CouchError, type CouchClient } from './couch-client';
import { DESIGN_DOC_ID, designDocument, securityObject } from './design-documents';

type Report = (line: string) => void;

const enc = encodeURIComponent;

async function ensureDatabase(couch: CouchClient, name: string, report: Report): Promise<void> {
  try {
    await couch.request('PUT', `/${enc(name)}`);
    report(`created database ${name}`);
  } catch (error) {
    // 412: it exists already, which is what we want.
    if (!(error instanceof CouchError && error.status === 412)) throw error;
  }
}

/** Writes a document unless the server already holds the same content under that id. */
async function ensureDocument(
  couch: CouchClient,
  path: string,
  wanted: Record<string, unknown>,
  report: Report,
): Promise<void> {
  const stored = await couch.find<Record<string, unknown>>(path);
  const same =
    stored !== null && Object.entries(wanted).every(([key, value]) => sameJson(stored[key], value));
  if (same) return;
  await couch.request('PUT', path, stored ? { ...wanted, _rev: stored._rev } : wanted);
  report(`${stored ? 'updated' : 'wrote'} ${decodeURIComponent(path)}`);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One database of the topology with its rules and its members. */
async function ensureTeamDatabase(
  couch: CouchClient,
  name: string,
  kind: DatabaseKind,
  report: Report,
  agent?: string,
): Promise<void> {
  await ensureDatabase(couch, name, report);
  await ensureDocument(
    couch,
    `/${enc(name)}/${DESIGN_DOC_ID}`,
    { ...designDocument(kind) },
    report,
  );
  const security = securityObject(kind, agent);
  const stored = await couch.request('GET', `/${enc(name)}/_security`);
  if (!sameJson(stored, security)) {
    await couch.request('PUT', `/${enc(name)}/_security`, security);
    report(`set the members of ${name}`);
  }
}

/** `team init`: the system databases, the team database and the catalogue. */
export async function initTeam(couch: CouchClient, report: Report): Promise<void> {
  await ensureDatabase(couch, '_users', report);
  await ensureDatabase(couch, '_replicator', report);
  await ensureTeamDatabase(couch, teamDatabases.team, 'team', report);
  await ensureTeamDatabase(couch, teamDatabases.catalogue, 'catalogue', report);
}

/**
 * Creates the user or adds the role. A new user's password is TEAM_USER_PASSWORD if set, else a
 * random one printed once for the user to change; an existing user's password is never touched,
 * so running the command again changes nothing.
 */
async function ensureUser(
  couch: CouchClient,
  name: string,
  role: TeamRole,
  password: string | undefined,
  report: Report,
): Promise<void> {
  const path = `/_users/${enc(`org.couchdb.user:${name}`)}`;
  const stored = await couch.find<{ _rev: string; roles: string[] }>(path);
  const roles = [...new Set([...(stored?.roles ?? []), role])].sort();
  if (stored?.roles.includes(role)) return;
  const chosen = stored ? undefined : (password ?? randomBytes(12).toString('base64url'));
  await couch.request('PUT', path, {
    ...(stored ?? {}),
    _id: `org.couchdb.user:${name}`,
    name,
    type: 'user',
    roles,
    ...(chosen === undefined ? {} : { password: chosen }),
  });
  report(`${stored ? 'updated' : 'created'} user ${name} (roles: ${roles.join(', ')})`);
  if (chosen !== undefined && password === undefined) {
    report(
      `initial password for ${name}: ${chosen} (give it to them; they change it on first login)`,
    );
  }
}

/** The two server-side replications of one agent: sessions in, feedback back. */
async function ensureReplications(couch: CouchClient, agent: string, report: Report) {
  const agentDb = teamDatabases.agent(agent);
  // batch_size: documents per request of pouchdb-server's replicator, which hands the fields of
  // a _replicator document to PouchDB.replicate (default 100: the fan-in of a first sync took five
  // round trips per 500 sessions). CouchDB's replicator skips options it does not know (its
  // convert_options) and sends worker_batch_size (500 by default) documents.
  const common = { continuous: true, create_target: false, batch_size: 500 };
  await ensureDocument(
    couch,
    `/_replicator/${enc(`coulisses-fan-in-${agent}`)}`,
    {
      ...common,
      source: couch.replicationUrl(agentDb),
      target: couch.replicationUrl(teamDatabases.team),
      filter: 'coulisses/fan_in',
    },
    report,
  );
  await ensureDocument(
    couch,
    `/_replicator/${enc(`coulisses-fan-back-${agent}`)}`,
    {
      ...common,
      source: couch.replicationUrl(teamDatabases.team),
      target: couch.replicationUrl(agentDb),
      filter: 'coulisses/fan_back',
      query_params: { agent },
    },
    report,
  );
}

/** `team add-agent|add-lead|add-trainer NAME`. */
export async function addMember(
  couch: CouchClient,
  name: string,
  role: TeamRole,
  password: string | undefined,
  report: Report,
): Promise<void> {
  await initTeam(couch, report);
  await ensureUser(couch, name, role, password, report);
  if (role === 'agent') {
    await ensureTeamDatabase(couch, teamDatabases.agent(name), 'agent', report, name);
    await ensureReplications(couch, name, report);
  }
}
