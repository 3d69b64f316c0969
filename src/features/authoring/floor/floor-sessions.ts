import type {
  FloorFinding,
  FloorSession,
  FloorTurn,
  FloorTurnEvent,
} from '@/domain/floor/floor-session';
import type { ImportedSession } from '@/domain/review/imported-session';
import type { Persona } from '@/domain/script/persona-schema';
import { createReviewRepository } from '@/storage/review-repository';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { readStoredRow } from '@/storage/session-rows';
import { appStorage } from '@/stores/app-storage-registry';
import { onTwenty } from '@/ui/score-scale';

/**
 * The script ids whose sessions tell about this draft: its own (its published versions are
 * played under it) and the library script or draft it was duplicated from (`library:<id>`).
 */
export function floorScriptIds(scriptId: string, origin: string | undefined): string[] {
  const from = origin?.startsWith('library:') ? origin.slice('library:'.length) : null;
  return from && from !== scriptId ? [scriptId, from] : [scriptId];
}

/** Reads only the event fields the mining uses: imported turns carry whatever the bundle had. */
function eventsOf(raw: unknown): FloorTurnEvent[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(
    (event): event is FloorTurnEvent =>
      typeof event === 'object' &&
      event !== null &&
      typeof (event as { type?: unknown }).type === 'string',
  );
}

function customerNames(persona: Persona | undefined) {
  if (!persona) return { customerFirst: [], customerLast: [] };
  const sheet = persona.factSheet;
  const holder = sheet.accountHolder;
  return {
    customerFirst: [sheet.firstName, ...(holder ? [holder.firstName] : [])],
    customerLast: [sheet.lastName, ...(holder ? [holder.lastName] : [])],
  };
}

function findingsOf(card: { findings?: readonly FloorFinding[] } | null | undefined) {
  return (card?.findings ?? []).map(({ rule, criterion, turn, points }) => ({
    rule,
    criterion,
    turn,
    points,
  }));
}

/** A call played on this machine, as the mining reads it. */
export function fromRecord(
  record: SessionRecord,
  turns: readonly TurnRecord[],
  agentName: string | undefined,
  persona: Persona | undefined,
): FloorSession {
  const card = record.scoreCard ?? null;
  return {
    id: `local:${record.id}`,
    outOf20: card ? card.overall.outOf20 : null,
    outcomeCode: record.engine.outcome?.code ?? null,
    turns: turns.map(({ turn }): FloorTurn => ({
      index: turn.index,
      speaker: turn.speaker,
      text: turn.text,
      step: turn.step,
      events: turn.events,
    })),
    findings: findingsOf(card),
    asides: (card?.asides ?? []).map(({ kind, turn, score, turnsToReturn }) => ({
      kind,
      turn,
      score,
      turnsToReturn,
    })),
    names: { agent: agentName ? [agentName] : [], ...customerNames(persona) },
  };
}

/** A team session imported in Revue, as the mining reads it. */
export function fromImported(session: ImportedSession, persona: Persona | undefined): FloorSession {
  const card = session.scoreCard;
  const asides = (card as { asides?: unknown } | null)?.asides;
  return {
    id: `team:${session.id}`,
    // Bundles carry the 0–100 score; out of 20 as the score card rounds it.
    outOf20: card ? onTwenty(card.overall.score) : null,
    outcomeCode: session.outcomeCode,
    turns: session.transcript.map((turn): FloorTurn => {
      const events = eventsOf((turn as { events?: unknown }).events);
      return {
        index: turn.index,
        speaker: turn.speaker,
        text: turn.text,
        step: turn.step ?? null,
        ...(events ? { events } : {}),
      };
    }),
    findings: findingsOf(card),
    asides: Array.isArray(asides) ? (asides as FloorSession['asides']) : [],
    names: { agent: [session.agent.name], ...customerNames(persona) },
  };
}

/**
 * Every finished session of these scripts stored on this machine: the calls played here (any
 * profile, any version) and the team sessions imported in Revue. Read only; nothing leaves.
 */
export async function loadFloorSessions(
  scriptIds: readonly string[],
  personas: ReadonlyMap<string, Persona>,
): Promise<FloorSession[]> {
  const { db } = appStorage();
  const wanted = new Set(scriptIds);
  const summaries = await db.sessionSummaries
    .filter((summary) => wanted.has(summary.scriptId) && summary.status === 'ended')
    .toArray();
  const ids = summaries.map((summary) => summary.id);
  const [rows, turns, profiles, imported] = await Promise.all([
    db.sessions.bulkGet(ids),
    db.turns.where('sessionId').anyOf(ids).toArray(),
    db.profiles.toArray(),
    createReviewRepository(db).listSessions(),
  ]);
  const names = new Map(profiles.map((profile) => [profile.id, profile.displayName]));
  const turnsBySession = new Map<string, TurnRecord[]>();
  for (const turn of turns) {
    const list = turnsBySession.get(turn.sessionId) ?? [];
    list.push(turn);
    turnsBySession.set(turn.sessionId, list);
  }
  // Packed or plain, a row is read as the rest of the app reads it (turns in order).
  const local = rows.flatMap((row) => {
    const stored = row ? readStoredRow(row, turnsBySession.get(row.id) ?? []) : null;
    if (!stored) return [];
    const { record, turns: own } = stored;
    return [fromRecord(record, own, names.get(record.profileId), personas.get(record.personaId))];
  });
  const team = imported
    .filter((session) => wanted.has(session.script.id))
    .map((session) => fromImported(session, personas.get(session.personaId)));
  return [...local, ...team];
}
