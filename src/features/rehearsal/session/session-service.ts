import { createActor } from 'xstate';
import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import { sessionMachine } from '@/domain/session/session-machine';
import type { SessionConfig, SessionDependencies } from '@/domain/session/session.types';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useProfileStore } from '@/stores/profile-store';
import { sessionDependencies } from '@/stores/session-dependencies';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import type { Library } from '../library/library-loader';
import { loadSessionLibrary } from '../library/library-store';
import { liveSession } from './live-sessions';
import { defaultRubric, scoreEndedSession } from './score';
import {
  newSessionRecord,
  progressOf,
  restoreSnapshot,
  type SessionSnapshot,
} from './session-snapshot';
import { createSessionWriter } from './session-writer';

export interface StartRequest {
  library: Library;
  script: Script;
  persona: Persona;
  mode: RehearsalMode;
  seed: number;
  profileId: string;
}

// The agent's name on the line (« {conseiller} à votre écoute ») is the profile's, when known.
function agentNameOf(profileId: string): string | undefined {
  return useProfileStore.getState().profiles.find((profile) => profile.id === profileId)
    ?.displayName;
}

/** Starts a call (the agent picks up), writes it, and returns its id for the stage route. */
export async function startRehearsal(request: StartRequest): Promise<string> {
  const { library, script, persona, mode, seed } = request;
  const brand = library.brands.get(script.brand) ?? null;
  const agentName = agentNameOf(request.profileId);
  const config: SessionConfig = { script, persona, brand, mode, seed, agentName };
  const actor = createActor(sessionMachine, {
    input: { config, deps: await sessionDependencies(script, brand) },
  }).start();
  actor.send({ type: 'ANSWER' });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const base = newSessionRecord(snapshot.context.session, {
    id: crypto.randomUUID(),
    profileId: request.profileId,
    startedAt: new Date().toISOString(),
  });
  // The first write may fail (banner shown): the call still opens from this tab's memory.
  await createSessionWriter(base, 0, () => undefined).write(progressOf(snapshot), 0);
  return base.id;
}

export type OpenedSession =
  | { kind: 'missing' }
  | { kind: 'outdated'; record: SessionRecord }
  | {
      kind: 'ready';
      record: SessionRecord;
      /** The documents the call was opened with (maybe only its own, not the whole library). */
      library: Library;
      turns: TurnRecord[];
      config: SessionConfig;
      deps: SessionDependencies;
      snapshot: SessionSnapshot;
    };

/**
 * Reads a session (this tab's copy first, then IndexedDB) and rebuilds its machine snapshot.
 * Without a library at hand, only the call's own documents are loaded.
 */
export async function openSession(id: string, known?: Library): Promise<OpenedSession> {
  let stored = liveSession(id);
  if (!stored) {
    try {
      stored = await appStorage().sessions.get(id);
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'sessions.read');
    }
  }
  if (!stored) return { kind: 'missing' };
  const { record, turns } = stored;
  const library = known ?? (await loadSessionLibrary(record));
  const script = library.scripts.find((candidate) => candidate.id === record.scriptId);
  const persona = library.personas.get(record.personaId);
  // A script changed since the call began would not match the stored script position.
  if (!script || !persona || script.version !== record.scriptVersion) {
    return { kind: 'outdated', record };
  }
  const brand = record.brandId ? (library.brands.get(record.brandId) ?? null) : null;
  const config: SessionConfig = {
    script,
    persona,
    brand,
    mode: record.mode,
    seed: record.seed,
    agentName: agentNameOf(record.profileId),
  };
  const deps = await sessionDependencies(script, brand);
  return {
    kind: 'ready',
    record,
    library,
    turns,
    config,
    deps,
    snapshot: restoreSnapshot(record, turns, config, deps),
  };
}

/** Ends an unfinished call the agent chose not to resume; it stays in the history as abandoned. */
export async function abandonSession(id: string, library: Library): Promise<void> {
  const opened = await openSession(id, library);
  if (opened.kind === 'missing') return;
  if (opened.kind === 'outdated') {
    const record: SessionRecord = {
      ...opened.record,
      status: 'abandoned',
      updatedAt: new Date().toISOString(),
    };
    try {
      await appStorage().sessions.saveFinal(record, []);
    } catch (error) {
      useStorageStatusStore.getState().reportFailure(error, 'sessions.save');
    }
    return;
  }
  const actor = createActor(sessionMachine, {
    snapshot: opened.snapshot,
    input: { config: opened.config, deps: opened.deps },
  }).start();
  actor.send({ type: 'ABANDON' });
  const snapshot = actor.getSnapshot();
  actor.stop();
  const rubric = defaultRubric(library);
  await createSessionWriter(opened.record, opened.turns.length, () => undefined).write(
    progressOf(snapshot, (ended) => scoreEndedSession(ended, rubric)),
    opened.record.elapsedSeconds,
  );
}
