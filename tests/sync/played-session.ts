// A real played call (the real engine, analyser and rubric) turned into its synced document.
import { sessionDocument } from '@/domain/sync/session-document';
import { playExampleCall, POLITE_CALL } from '../unit/rehearsal/played-call';
import { storedSession } from '../unit/rehearsal/stored-session';

const played = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
  id: 'template',
  startedAt: '2026-11-20T10:00:00.000Z',
});

/** A stored session and its turns with the given id (the call itself is played once per file). */
export function playedSession(id: string) {
  return {
    record: { ...played.record, id },
    turns: played.turns.map((row) => ({ ...row, sessionId: id })),
  };
}

/** The document an agent's browser writes for that session. */
export function playedSessionDocument(agent: string, id: string) {
  const { record, turns } = playedSession(id);
  return sessionDocument(agent, `Agent ${agent}`, record, turns);
}
