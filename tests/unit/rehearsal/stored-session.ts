import type { SessionState } from '@/domain/session/session.types';
import { scoreEndedSession } from '@/features/rehearsal/session/score';
import { engineState, withEngineState } from '@/features/rehearsal/session/engine-snapshot';
import { newSessionRecord, newTurns } from '@/features/rehearsal/session/session-snapshot';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { libraryDocument } from '../domain/session/session-fixtures';

/**
 * A played call as the stage stores it: the record (with the real score card once the call has
 * ended) and its turns.
 */
export function storedSession(
  session: SessionState,
  options: { id: string; startedAt: string; profileId?: string },
): { record: SessionRecord; turns: TurnRecord[] } {
  const base = newSessionRecord(session.config, engineState(session), {
    id: options.id,
    profileId: options.profileId ?? 'profile-lea',
    startedAt: options.startedAt,
  });
  const ended = session.status === 'ended';
  const record = withEngineState(
    base,
    session,
    ended ? 'ended' : 'inCall',
    95,
    new Date(options.startedAt),
  );
  const card = scoreEndedSession(session, libraryDocument('rubric', 'default'));
  return {
    record: card ? { ...record, scoreCard: card } : record,
    turns: newTurns(options.id, session, 0),
  };
}
