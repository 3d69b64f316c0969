// The sync adapter (DESIGN.md §9): a local PouchDB replica beside Dexie, replicated with the
// user's CouchDB databases. Finished sessions go from Dexie into the replica (the outbox), leave
// when the server is reachable and are marked sent or refused with the server's reason; what
// arrives is copied into Dexie's inbox, which the UI reads. Every step is idempotent and resumes
// from what is stored, so a tab killed mid-sync loses nothing.
import { documentId } from '@/domain/sync/document-kinds';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { reviewTravellingDocument } from '@/domain/sync/review-document';
import { readEnvelope, type TravellingDocument } from '@/domain/sync/travelling-document';
import type { AppStorage } from '@/storage/app-storage';
import type { SyncAccountRecord, SyncInboxRecord, SyncRepository } from '@/storage/sync-repository';
import { collectSessions } from './outbox';
import { markDenied, markOutbox, reconcileOutbox } from './outbox-marks';
import { sessionAgents, unsentRevueDocuments, type RevueStore } from './review-bridge';
import { followIntoRevue, type ReceivedPage, type Sequence } from './revue-follower';
import type { PouchReplication, PouchStatic } from './pouch.types';
import { backOff, describeFailure, type SyncReport } from './sync-health';
import { syncRoutes } from './sync-routes';

export interface SyncEngineOptions {
  Pouch: PouchStatic;
  storage: Pick<AppStorage, 'sessions'>;
  repository: SyncRepository;
  account: SyncAccountRecord;
  displayName: string;
  report: (report: SyncReport) => void;
  newId: () => string;
  /** Revue's tables: received sessions and review documents go there, written ones come from there. */
  review?: RevueStore;
  /** Calls back when Revue's documents change (a lead writes a note); returns how to stop. */
  reviewChanges?: (listener: () => void) => () => void;
  /** How requests reach the server; the browser's default sends the CouchDB session cookie. */
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
}

export interface SyncEngine {
  sendFeedback: (agent: string, sessionId: string, text: string) => Promise<void>;
  /** Sends one of Revue's documents (a lead's note, adjustment or verdict; an agent's response). */
  sendReview: (agent: string, document: ReviewDocument) => Promise<void>;
  stop: () => Promise<void>;
}

const INBOX_PAGE = 500;
/** Documents per replication request (CouchDB's own replicator sends 500; a session is ~6 KiB). */
const BATCH = 500;

/** A received document as the inbox stores it: CouchDB's bookkeeping left out, conflicts counted. */
function inboxRecord(doc: TravellingDocument): SyncInboxRecord {
  const stored = doc as TravellingDocument & { _rev?: string; _conflicts?: string[] };
  return {
    kind: stored.kind,
    schemaVersion: stored.schemaVersion,
    id: stored.id,
    createdAt: stored.createdAt,
    author: stored.author,
    ...(stored.agent === undefined ? {} : { agent: stored.agent }),
    body: stored.body,
    docId: stored._id,
    conflicts: stored._conflicts?.length ?? 0,
  };
}

/** Starts syncing one account; resolves once the replications are running. */
export async function startSyncEngine(options: SyncEngineOptions): Promise<SyncEngine> {
  const { Pouch, repository, account } = options;
  const local = new Pouch(`coulisses-sync-${account.user}`, { auto_compaction: true });
  const fetchWithCookie =
    options.fetch ??
    ((url: string | Request, init?: RequestInit) =>
      Pouch.fetch(url, { ...init, credentials: 'include' }));
  const replications: PouchReplication[] = [];
  const failures = new Map<string, unknown>();
  let stopped = false;

  let inbox: SyncInboxRecord[] = [];
  let inboxChanged = true;

  // Every step that touches Dexie runs one at a time, and a failing step is reported, not lost.
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;
  const step = (work: () => Promise<unknown>) => {
    queued += 1;
    queue = queue.then(async () => {
      queued -= 1;
      if (stopped) return;
      try {
        await work();
        failures.delete('storage');
      } catch (error) {
        failures.set('storage', error);
      }
      // Reported once the queue is empty: reading the report between two inbox pages held the
      // next page back (the whole inbox is read when it changed).
      if (!stopped && queued === 0) await sendReport();
    });
    return queue;
  };
  const sendReport = async () => {
    // Read through the indexes, and the inbox only when it changed: a full read after every
    // step made a first sync of 500 sessions quadratic.
    if (inboxChanged) {
      inbox = await repository.inbox().catch(() => inbox);
      inboxChanged = false;
    }
    options.report({
      pending: await repository.pendingCount().catch(() => 0),
      refused: await repository.outboxIn('refused').catch(() => []),
      inbox,
      failure: describeFailure(failures),
    });
  };

  // A page of the replica's changes from `since`: what others wrote, as the inbox stores it.
  const readPage = async (since: Sequence): Promise<ReceivedPage> => {
    const page = await local.changes({
      since,
      include_docs: true,
      conflicts: true,
      limit: INBOX_PAGE,
    });
    const received = page.results.flatMap((change) => {
      const envelope = readEnvelope(change.doc);
      return envelope && envelope.author !== account.user ? [inboxRecord(envelope)] : [];
    });
    return { since, seq: page.last_seq, received, full: page.results.length === INBOX_PAGE };
  };

  // Revue follows the inbox without holding it back (revue-follower.ts).
  const revue = options.review
    ? followIntoRevue({
        review: options.review,
        receiver: { profileId: account.profileId, lead: account.roles.includes('lead') },
        from: account.revueSeq ?? account.inboxSeq,
        readPage,
        saveSeq: (seq) => repository.revueRead(account.profileId, seq),
        onFailure: (error) => {
          if (error) failures.set('revue', error);
          else failures.delete('revue');
          void step(async () => undefined);
        },
      })
    : null;
  // A tab closed while Revue was behind the inbox: Revue reads the difference again.
  if (revue && account.revueSeq !== undefined && account.revueSeq !== account.inboxSeq) {
    revue.catchUp();
  }

  // Which agent each synced session belongs to (Revue session id → agent): read from the inbox
  // once, when a lead first sends a Revue document, then kept up to date page by page.
  let agents: Map<string, string> | null = null;
  const agentsOfSessions = async () => {
    agents ??= new Map(sessionAgents(await repository.inbox()));
    return agents;
  };

  // The inbox reads the replica's changes from the stored sequence, so nothing is skipped.
  let inboxSeq = account.inboxSeq;
  const drainInbox = async () => {
    for (;;) {
      const page = await readPage(inboxSeq);
      await repository.receive(account.profileId, page.received, page.seq);
      inboxSeq = page.seq;
      revue?.follow(page);
      for (const [session, agent] of sessionAgents(page.received)) agents?.set(session, agent);
      if (page.received.length > 0) inboxChanged = true;
      if (!page.full) return;
    }
  };

  const watch = (replication: PouchReplication, name: string) => {
    replications.push(replication);
    replication.on('paused', (error) => {
      if (error) failures.set(name, error);
      else failures.delete(name);
      void step(async () => undefined);
    });
    replication.on('active', () => void failures.delete(name));
    replication.on('error', (error) => {
      failures.set(name, error);
      void step(async () => undefined);
    });
  };

  for (const route of syncRoutes(account.user, account.roles)) {
    const remote = new Pouch(`${account.serverUrl}/${route.database}`, {
      fetch: fetchWithCookie,
      skip_setup: true,
    });
    const live = { live: true, retry: true, back_off_function: backOff, batch_size: BATCH };
    if (route.pulls) {
      const pull = local.replicate.from(remote, live);
      watch(pull, `pull ${route.database}`);
      pull.on('change', () => void step(drainInbox));
    }
    if (route.pushes.length > 0) {
      const kinds: string[] = route.pushes;
      const push = local.replicate.to(remote, {
        ...live,
        filter: (doc) => kinds.includes(doc.kind ?? ''),
      });
      watch(push, `push ${route.database}`);
      push.on('change', (info) => {
        const ids = info.docs.map((doc) => doc._id);
        void step(() => markOutbox(repository, ids, 'sent'));
      });
      push.on('denied', (error) => void step(() => markDenied(repository, error)));
      push.on('paused', (error) => {
        if (!error) void step(() => reconcileOutbox(repository, local, remote, kinds));
      });
    }
  }

  // A document this user writes: into the replica, then a pending outbox row (the push sends it).
  // Already in the replica means a tab closed between the two writes: only the row is missing.
  const write = async (doc: TravellingDocument) => {
    await local.put(doc).catch((error: { status?: number }) => {
      if (error.status !== 409) throw error;
    });
    await repository.putOutbox([
      { id: doc._id, kind: doc.kind, state: 'pending', reason: null, updatedAt: doc.createdAt },
    ]);
  };
  const send = (doc: TravellingDocument) => step(() => write(doc));

  // Finished sessions, and what this user wrote in Revue, enter the outbox within a second of
  // being stored, whoever stored them.
  const outbox = {
    ...options,
    local,
    sessions: options.storage.sessions,
    foreign: new Set<string>(),
  };
  const isAgent = account.roles.includes('agent');
  // Revue's documents are read when Revue says they changed, and every 30 s in case a signal was
  // missed: reading them all every second cost a lead with a long history a full scan per tick.
  let revueChanged = true;
  let ticks = 0;
  const unsubscribe = options.reviewChanges?.(() => {
    revueChanged = true;
  });
  const collect = () =>
    step(async () => {
      if (isAgent) await collectSessions(outbox);
      if (revue?.behind()) revue.catchUp();
      ticks += 1;
      if (!options.review || !(revueChanged || !unsubscribe || ticks % 30 === 0)) return;
      revueChanged = false;
      for (const { agent, document } of await unsentRevueDocuments(
        options.review,
        repository,
        account,
        agentsOfSessions,
      )) {
        await write(reviewTravellingDocument(account.user, agent, document));
      }
    });
  const timer = isAgent || options.review ? setInterval(() => void collect(), 1000) : null;
  await collect();
  await step(drainInbox);

  return {
    sendFeedback: (agent, sessionId, text) => {
      const id = options.newId();
      return send({
        _id: documentId('feedback', agent, id),
        kind: 'feedback',
        schemaVersion: 1,
        id,
        createdAt: new Date().toISOString(),
        author: account.user,
        agent,
        body: { sessionId, text },
      });
    },
    sendReview: (agent, document) => send(reviewTravellingDocument(account.user, agent, document)),
    stop: async () => {
      if (timer) clearInterval(timer);
      unsubscribe?.();
      for (const replication of replications) replication.cancel();
      stopped = true;
      revue?.stop();
      await queue;
      await revue?.idle();
      await local.close();
    },
  };
}
