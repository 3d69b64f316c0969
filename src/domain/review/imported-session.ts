import { sessionDocumentId, type Envelope } from './envelope';
import type {
  BundledScoreCard,
  BundledSession,
  BundledTurn,
  SessionBundle,
} from './session-bundle-schema';

/**
 * One agent's session as the lead holds it: immutable, read-only, apart from the lead's own
 * practice. Its id and content depend only on the bundle, so importing twice is a no-op.
 */
export interface ImportedSession extends Envelope<'session'> {
  agent: { id: string; name: string };
  sessionId: string;
  script: BundledSession['script'];
  personaId: string;
  brandId: string | null;
  mode: BundledSession['mode'];
  language: string;
  startedAt: string;
  status: BundledSession['status'];
  durationSeconds: number;
  /** The script outcome the call reached, if it reached one. */
  outcomeCode: string | null;
  transcript: BundledTurn[];
  scoreCard: BundledScoreCard | null;
}

/**
 * What lists and tables need of an imported session: everything but the transcript, which is
 * two thirds of its size. Revue stores one beside each session, so the team table reads these.
 */
export type ImportedSummary = Omit<ImportedSession, 'transcript'>;

export function summaryOfImported(session: ImportedSession): ImportedSummary {
  const summary: Partial<ImportedSession> = { ...session };
  delete summary.transcript;
  return summary as ImportedSummary;
}

export const IMPORTED_SESSION_VERSION = 1;

/** The bundle's sessions as documents; only finished calls are reviewed. */
export function toImportedSessions(bundle: SessionBundle): ImportedSession[] {
  const agent = { id: bundle.profile.id, name: bundle.profile.displayName.trim() };
  return bundle.sessions
    .filter((session) => session.status !== 'in_progress')
    .map((session) => ({
      kind: 'session',
      schemaVersion: IMPORTED_SESSION_VERSION,
      id: sessionDocumentId(agent.id, session.id),
      // The call's last write, not the import's time: the document must not depend on when.
      createdAt: session.updatedAt,
      author: agent,
      agent,
      sessionId: session.id,
      script: session.script,
      personaId: session.personaId,
      brandId: session.brandId,
      mode: session.mode,
      language: session.language,
      startedAt: session.startedAt,
      status: session.status,
      durationSeconds: session.durationSeconds,
      outcomeCode: session.outcome?.code ?? null,
      transcript: session.transcript,
      scoreCard: session.scoreCard ?? null,
    }));
}

/** An agent who exported no name is shown by a stable pseudonym. */
export function agentLabel(agent: { id: string; name: string }, pseudonymPrefix: string): string {
  return agent.name === '' ? `${pseudonymPrefix} ${agent.id.slice(0, 6)}` : agent.name;
}
