import type { SessionCheckpoint, SessionRecord, SessionSummary } from './session-record';

/** A finished call's rank (see `SessionSummary.rank`); the v8 migration adds it to old summaries. */
export function rankOf(summary: Pick<SessionSummary, 'scores' | 'success'>): number {
  return summary.scores ? summary.scores.overall : summary.success ? 0 : -1;
}

/** The history line of a record; the same function writes it live and in the v7 migration. */
export function summaryOf(record: SessionRecord): SessionSummary {
  const summary = summaryFields(record);
  return record.status === 'ended' ? { ...summary, rank: rankOf(summary) } : summary;
}

function summaryFields(record: SessionRecord): SessionSummary {
  const card = record.scoreCard;
  return {
    id: record.id,
    profileId: record.profileId,
    startedAt: record.startedAt,
    scriptId: record.scriptId,
    scriptTitle: record.scriptTitle,
    language: record.language,
    personaId: record.personaId,
    mode: record.mode,
    status: record.status,
    success: record.engine.outcome?.success ?? null,
    elapsedSeconds: record.elapsedSeconds,
    exported: record.exportedAt ? 1 : 0,
    scores: card
      ? {
          language: card.language,
          overall: card.overall.score,
          outOf20: card.overall.outOf20,
          grade: card.overall.grade,
          label: card.overall.label,
          brandTone: card.brandTone,
          recovery: card.recovery,
          compliant: card.compliance.passed,
        }
      : null,
  };
}

/** The part of a record that a turn changes. */
export function checkpointOf(record: SessionRecord): SessionCheckpoint {
  return {
    id: record.id,
    engine: record.engine,
    machineState: record.machineState,
    elapsedSeconds: record.elapsedSeconds,
    updatedAt: record.updatedAt,
  };
}

/** A record as of its latest checkpoint (written after the record, so always newer). */
export function withCheckpoint(
  record: SessionRecord,
  checkpoint: SessionCheckpoint | undefined,
): SessionRecord {
  if (!checkpoint) return record;
  const { engine, machineState, elapsedSeconds, updatedAt } = checkpoint;
  return { ...record, engine, machineState, elapsedSeconds, updatedAt };
}

/** Rows written by a damaged or foreign copy of the database are skipped, not trusted. */
export function isStoredSession(row: unknown): row is SessionRecord {
  const candidate = row as Partial<SessionRecord> | null;
  return (
    typeof candidate?.id === 'string' &&
    typeof candidate.profileId === 'string' &&
    typeof candidate.scriptId === 'string' &&
    typeof candidate.personaId === 'string' &&
    typeof candidate.startedAt === 'string' &&
    typeof candidate.seed === 'number' &&
    typeof candidate.engine === 'object' &&
    candidate.engine !== null
  );
}
