import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { StageView } from '@/domain/session/session-views';
import type { SessionConfig, SessionState } from '@/domain/session/session.types';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import type { Library } from '../library/library-loader';
import { loadSessionLibrary } from '../library/library-store';
import {
  dropPreparedCallEngine,
  openCallEngine,
  warmCallEngine,
  type LiveUpdate,
} from './call-engine';
import type { CallStart } from './call-core';
import { liveSession } from './live-sessions';
import { defaultRubric } from './default-rubric';
import { newSessionRecord, type CallProgress } from './session-snapshot';
import { createSessionWriter } from './session-writer';

// The page's side of a call's life: pick up, reopen, abandon. The engine (machine, analyser,
// scoring) plays each step in its worker (call-engine.ts); this module handles plain data only.

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
  // As the stage will carry it on (the same engine is kept for it): the rubric scores the end.
  const engine = openCallEngine(callStart({ config, progress: null, library }));
  const id = crypto.randomUUID();
  let answered: LiveUpdate;
  try {
    answered = await engine.send({ type: 'ANSWER' });
  } catch (error) {
    engine.close();
    throw error;
  }
  // The stage carries the call on in the same worker (its model already loaded).
  engine.park(id);
  const base = newSessionRecord(config, answered.progress.engine, {
    id,
    profileId: request.profileId,
    startedAt: new Date().toISOString(),
  });
  // The first write may fail (banner shown): the call still opens from this tab's memory.
  await createSessionWriter(base, 0, () => undefined).write(answered.progress, 0);
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
      /** The call as stored, for its engine to carry on. */
      progress: CallProgress;
      /** The call as the stage shows it when it opens (its script position as stored). */
      session: SessionState;
      view: StageView;
      verified: boolean;
    };

type StoredCall = Omit<
  Extract<OpenedSession, { kind: 'ready' }>,
  'kind' | 'session' | 'view' | 'verified'
>;

/** The engine's start for a call, with the library's rubric, as the stage starts it. */
function callStart(
  call: Pick<StoredCall, 'config' | 'library'> & { progress: CallStart['progress'] },
): CallStart {
  const rubric = defaultRubric(call.library);
  return {
    config: call.config,
    progress: call.progress,
    agentName: call.config.agentName ?? '',
    openingTurns: rubric?.thresholds.openingTurns,
    rubric,
  };
}

/**
 * Reads a session (this tab's copy first, then IndexedDB) with the documents it was played
 * with. Without a library at hand, only the call's own documents are loaded.
 */
async function readSession(
  id: string,
  known?: Library,
): Promise<Exclude<OpenedSession, { kind: 'ready' }> | { kind: 'stored'; call: StoredCall }> {
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
  const progress: CallProgress = {
    engine: record.engine,
    machineState: record.machineState,
    transcript: turns.map((row) => row.turn),
  };
  return { kind: 'stored', call: { record, library, turns, config, progress } };
}

/**
 * Reads a session (see `readSession`) and has its engine say what the stage shows of it. The
 * engine restores the call in its worker: the page loads neither it nor the move model.
 */
export async function openSession(id: string, known?: Library): Promise<OpenedSession> {
  // The worker's code loads while the call and its documents are read.
  warmCallEngine(id);
  const read = await readSession(id, known);
  if (read.kind !== 'stored') {
    dropPreparedCallEngine();
    return read;
  }
  const { call } = read;
  // The engine that picked the call up in this tab, or one for a call reopened cold: it starts
  // fetching the model now and is kept for the stage, which carries the call on with it.
  const engine = openCallEngine(callStart(call), id);
  let seen: LiveUpdate;
  try {
    seen = await engine.look();
  } catch (error) {
    engine.close();
    throw error;
  }
  const { view, verified } = seen;
  if (view.status === 'ended') engine.close();
  else engine.park(id);
  return {
    ...call,
    kind: 'ready',
    session: {
      ...call.progress.engine,
      config: call.config,
      transcript: [...call.progress.transcript],
    },
    view,
    verified,
  };
}

/** Ends an unfinished call the agent chose not to resume; it stays in the history as abandoned. */
export async function abandonSession(id: string, library: Library): Promise<void> {
  const read = await readSession(id, library);
  if (read.kind === 'missing') return;
  if (read.kind === 'outdated') {
    const record: SessionRecord = {
      ...read.record,
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
  const engine = openCallEngine(callStart(read.call));
  let abandoned: LiveUpdate;
  try {
    abandoned = await engine.send({ type: 'ABANDON' });
  } finally {
    engine.close();
  }
  await createSessionWriter(read.call.record, read.call.turns.length, () => undefined).write(
    abandoned.progress,
    read.call.record.elapsedSeconds,
  );
}
