import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { sessionMachine, type SessionEvent } from '@/domain/session/session-machine';
import type { SessionConfig } from '@/domain/session/session.types';
import {
  machineStateOf,
  restoreSnapshot,
  withEngineState,
} from '@/features/rehearsal/session/engine-snapshot';
import { newTurns } from '@/features/rehearsal/session/session-snapshot';
import type { SessionRecord } from '@/storage/session-record';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from '../domain/session/session-fixtures';

function config(seed: number): SessionConfig {
  return {
    script: exampleScript(),
    persona: libraryDocument('persona', 'remi-garnier-presse'),
    brand: exampleBrand(),
    mode: 'filage',
    seed,
  };
}

const emptyRecord = (): SessionRecord => ({
  id: 's1',
  profileId: 'p1',
  scriptId: 'exemple-date-prelevement',
  scriptVersion: '1.0.0',
  scriptTitle: 'Exemple',
  personaId: 'remi-garnier-presse',
  brandId: 'brisa-energie',
  mode: 'filage',
  seed: 42,
  language: 'fr',
  startedAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  status: 'in_progress',
  machineState: 'inCall',
  engine: {} as SessionRecord['engine'],
  elapsedSeconds: 0,
  exportedAt: null,
});

function play(events: SessionEvent[], seed: number) {
  const deps = realDeps(exampleBrand());
  const actor = createActor(sessionMachine, { input: { config: config(seed), deps } }).start();
  actor.send({ type: 'ANSWER' });
  for (const event of events) actor.send(event);
  return actor;
}

describe('stored sessions', () => {
  it('survive IndexedDB cloning and resume to the very same call as an uninterrupted one', () => {
    const lines = POLITE_LINES.map((text) => ({ type: 'AGENT_LINE' as const, text }));
    for (const seed of [1, 42, 7]) {
      const whole = play(lines, seed).getSnapshot().context.session;

      // Interrupted after two lines: stored (structured clone, as IndexedDB does), then resumed.
      const half = play(lines.slice(0, 2), seed).getSnapshot();
      const record = structuredClone(
        withEngineState(emptyRecord(), half.context.session, machineStateOf(half), 12, new Date()),
      );
      const turns = structuredClone(newTurns('s1', half.context.session, 0));
      const deps = realDeps(exampleBrand());
      const resumed = createActor(sessionMachine, {
        snapshot: restoreSnapshot(record, turns, config(seed), deps),
        input: { config: config(seed), deps },
      }).start();
      for (const event of lines.slice(2)) resumed.send(event);
      const after = resumed.getSnapshot().context.session;

      expect(after.transcript).toEqual(whole.transcript);
      expect(after.outcome).toEqual(whole.outcome);
      expect(after.mood).toEqual(whole.mood);
    }
  });

  it('marks the record ended or abandoned from the engine, and only new turns are written', () => {
    const actor = play([{ type: 'AGENT_LINE', text: 'Bonjour' }], 3);
    const first = actor.getSnapshot().context.session;
    expect(newTurns('s1', first, first.transcript.length)).toEqual([]);
    actor.send({ type: 'ABANDON' });
    const ended = actor.getSnapshot();
    const record = withEngineState(
      emptyRecord(),
      ended.context.session,
      machineStateOf(ended),
      5,
      new Date(),
    );
    expect(record.status).toBe('abandoned');
    expect(record.machineState).toBe('ended');
    expect(newTurns('s1', ended.context.session, first.transcript.length)).toHaveLength(1);
  });
});
