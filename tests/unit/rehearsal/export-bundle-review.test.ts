import { describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import { gateSessionBundle } from '@/domain/review/session-bundle-gate';
import { buildExportBundle } from '@/features/rehearsal/history/export-bundle';
import { exampleScript } from '../domain/session/session-fixtures';
import { playExampleCall, POLITE_CALL } from './played-call';
import { storedSession } from './stored-session';

// The agent's export and the lead's gate are two ends of one format: a real call must go through.
describe('an exported bundle in Revue', { timeout: 60_000 }, () => {
  it('passes the review gate with its score card', () => {
    const played = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
      id: 'call-1',
      startedAt: '2026-11-20T10:00:00.000Z',
    });
    const bundle = buildExportBundle(
      { id: 'profile-lea', displayName: 'Léa Durand', role: 'agent' },
      [played.record],
      played.turns,
      new Date('2026-11-21T08:00:00.000Z'),
    );
    const script = exampleScript();
    const result = gateSessionBundle(JSON.stringify(bundle), {
      knowsScript: (id, version) => id === script.id && version === script.version,
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [imported] = toImportedSessions(result.value);
    expect(imported?.scoreCard?.overall.score).toBe(played.record.scoreCard?.overall.score);
    expect(imported?.transcript).toHaveLength(played.turns.length);
  });
});
