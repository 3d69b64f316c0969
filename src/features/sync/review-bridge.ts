// Where sync meets Revue. Received sessions become Revue's imported sessions (for a lead), and
// received notes, adjustments, verdicts and responses become Revue documents, through the same
// gates and idempotent writes as a file import: a session that came both by file and by sync is
// one session. Revue documents this profile writes about a synced session go into the outbox.
import { toImportedSessions, type ImportedSession } from '@/domain/review/imported-session';
import { sessionBundleSchema } from '@/domain/review/session-bundle-schema';
import { documentId } from '@/domain/sync/document-kinds';
import {
  receivedCalibration,
  receivedPath,
  receivedReviewDocument,
  type RevueDocument,
} from '@/domain/sync/review-document';
import type { SessionBody } from '@/domain/sync/session-document';
import type { ReviewRepository } from '@/storage/review-repository';
import type { SyncAccountRecord, SyncInboxRecord, SyncRepository } from '@/storage/sync-repository';

export type RevueStore = Pick<
  ReviewRepository,
  | 'importSessions'
  | 'importDocuments'
  | 'allDocuments'
  | 'calibrations'
  | 'appendCalibration'
  | 'paths'
  | 'importPath'
>;

const REVIEW_KINDS = new Set(['note', 'adjustment', 'verdict', 'response']);
/** What each role writes in Revue and sends (the server refuses the rest anyway). */
const SENT_BY: Record<string, readonly RevueDocument['kind'][]> = {
  lead: ['note', 'adjustment', 'verdict', 'calibration', 'parcours'],
  agent: ['response'],
};

/** A received session as Revue's imported session, checked by the session file's own schema. */
function importedSession(doc: SyncInboxRecord): ImportedSession[] {
  const body = doc.body as Partial<SessionBody>;
  const bundle = sessionBundleSchema.safeParse({
    kind: 'coulisses-sessions',
    schemaVersion: 2,
    exportedAt: doc.createdAt,
    profile: { id: body.profileId, displayName: body.displayName, role: 'agent' },
    sessions: [body.session],
  });
  return bundle.success ? toImportedSessions(bundle.data) : [];
}

/** Imports one by one what a batch refused: one conflicting id must not hold the others back. */
async function importEach<T>(
  items: T[],
  write: (batch: T[]) => Promise<{ conflicts: string[] }>,
): Promise<void> {
  if (items.length === 0) return;
  const plan = await write(items);
  if (plan.conflicts.length === 0) return;
  // A conflict (same id, other content) is left out and stays visible in the sync inbox.
  for (const item of items) await write([item]);
}

/** Who receives: a parcours goes into an agent's Revue only when it is theirs or the team's. */
export interface Receiver {
  profileId: string;
  lead: boolean;
}

/** Copies received documents into Revue's tables. */
export async function intoRevue(
  revue: RevueStore,
  received: SyncInboxRecord[],
  receiver: Receiver,
): Promise<void> {
  const sessions = received.filter((doc) => doc.kind === 'session').flatMap(importedSession);
  await importEach(sessions, (batch) => revue.importSessions(batch));
  const documents = received
    .filter((doc) => REVIEW_KINDS.has(doc.kind))
    .flatMap((doc) => receivedReviewDocument(doc) ?? []);
  await importEach(documents, (batch) => revue.importDocuments(batch));
  // Calibrations are appended (another lead's blind scores), each once.
  const calibrations = received.flatMap((doc) => receivedCalibration(doc) ?? []);
  if (calibrations.length > 0) {
    const held = new Set((await revue.calibrations()).map((document) => document.id));
    for (const calibration of calibrations) {
      if (!held.has(calibration.id)) await revue.appendCalibration(calibration);
    }
  }
  const paths = received
    .flatMap((doc) => receivedPath(doc) ?? [])
    .filter(
      (path) =>
        receiver.lead ||
        path.assignees.length === 0 ||
        path.assignees.some((assignee) => assignee.id === receiver.profileId),
    );
  // A same id with another content is a conflict: left out, still visible in the sync inbox.
  for (const path of paths) await revue.importPath(path);
}

/** The Revue session id a received session has (as a file import names it) and its agent. */
export function sessionAgents(received: SyncInboxRecord[]): [string, string][] {
  return received.flatMap((doc) => {
    const profileId = doc.kind === 'session' ? (doc.body as Partial<SessionBody>).profileId : null;
    return profileId && doc.agent ? [[`session:${profileId}:${doc.id}`, doc.agent]] : [];
  });
}

/**
 * Revue documents this profile wrote and not yet sent. A lead's notes, adjustments, verdicts and
 * calibrations are addressed to the agent whose session it is (`agentOf`, from the received
 * sessions); their parcours to no one agent; an agent's responses to themself. Documents about
 * sessions that came only by file stay local.
 */
export async function unsentRevueDocuments(
  revue: RevueStore,
  repository: SyncRepository,
  account: SyncAccountRecord,
  agentOf: () => Promise<ReadonlyMap<string, string>>,
): Promise<{ agent: string | null; document: RevueDocument }[]> {
  const kinds = new Set(account.roles.flatMap((role) => SENT_BY[role] ?? []));
  if (kinds.size === 0) return [];
  const lead = account.roles.includes('lead');
  const all: RevueDocument[] = [
    ...(await revue.allDocuments()),
    ...(lead ? await revue.calibrations() : []),
    ...(lead ? await revue.paths() : []),
  ];
  const written = all.filter((doc) => doc.author.id === account.profileId && kinds.has(doc.kind));
  if (written.length === 0) return [];
  const own = `session:${account.profileId}:`;
  const known = await repository.outboxIds();
  const agents = written.some((document) => 'session' in document && document.kind !== 'response')
    ? await agentOf()
    : new Map<string, string>();
  return written.flatMap((document): { agent: string | null; document: RevueDocument }[] => {
    if (document.kind === 'parcours') {
      return known.has(documentId('parcours', account.user, document.id))
        ? []
        : [{ agent: null, document }];
    }
    const agent =
      document.kind === 'response'
        ? document.session.startsWith(own)
          ? account.user
          : undefined
        : agents.get(document.session);
    if (!agent || known.has(documentId(document.kind, agent, document.id))) return [];
    return [{ agent, document }];
  });
}
