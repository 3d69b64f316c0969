import { redactTurns } from '@/domain/language/redaction';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { documentId } from './document-kinds';
import { TRAVELLING_SCHEMA_VERSION, type TravellingDocument } from './travelling-document';

/**
 * One session as it leaves the device: the same entry in an export bundle and in a synced
 * document, so that importing a file and replicating are the same write.
 */
export function sessionEntry(record: SessionRecord, turns: readonly TurnRecord[]) {
  return {
    id: record.id,
    script: { id: record.scriptId, version: record.scriptVersion, title: record.scriptTitle },
    personaId: record.personaId,
    brandId: record.brandId,
    mode: record.mode,
    seed: record.seed,
    language: record.language,
    startedAt: record.startedAt,
    updatedAt: record.updatedAt,
    status: record.status,
    durationSeconds: record.elapsedSeconds,
    outcome: record.engine.outcome,
    prompterUses: record.engine.prompterUses,
    // The engine redacts agent lines before recording them; redacting again costs nothing
    // and protects against a record written by an older build.
    transcript: redactTurns(
      turns.filter((row) => row.sessionId === record.id).map(({ turn }) => turn),
    ),
    // Format 2 of the bundle: each finished call's score card, which Revue's team view reads.
    scoreCard: record.scoreCard ?? null,
  };
}

export type SessionEntry = ReturnType<typeof sessionEntry>;

/** The body of a synced session: the bundle's entry, its score card, and who played it. */
export interface SessionBody {
  displayName: string;
  /** The agent's local profile id: Revue names the session by it, as a file import does. */
  profileId: string;
  session: SessionEntry;
  scoreCard: SessionRecord['scoreCard'] | null;
}

/** A finished session, as the agent's browser writes it for the server. Immutable once written. */
export function sessionDocument(
  agent: string,
  displayName: string,
  record: SessionRecord,
  turns: readonly TurnRecord[],
): TravellingDocument<SessionBody> {
  return {
    _id: documentId('session', agent, record.id),
    kind: 'session',
    schemaVersion: TRAVELLING_SCHEMA_VERSION,
    id: record.id,
    createdAt: record.updatedAt,
    author: agent,
    agent,
    body: {
      displayName,
      profileId: record.profileId,
      session: sessionEntry(record, turns),
      scoreCard: record.scoreCard ?? null,
    },
  };
}

/** True when a stored session may travel: finished calls only, never one still being played. */
export function isTravellingSession(record: SessionRecord): boolean {
  return record.status !== 'in_progress';
}
