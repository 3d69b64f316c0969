import { redactTurns } from '@/domain/language/redaction';
import type { Profile } from '@/domain/profile/profile';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';

export const EXPORT_KIND = 'coulisses-sessions';
// Format 2 adds each finished call's score card, which Revue's team view reads.
export const EXPORT_SCHEMA_VERSION = 2;

/** The versioned envelope a team lead imports (DESIGN.md §2: everything that leaves has one). */
export function buildExportBundle(
  profile: Pick<Profile, 'id' | 'displayName' | 'role'>,
  records: readonly SessionRecord[],
  turns: readonly TurnRecord[],
  now: Date,
) {
  return {
    kind: EXPORT_KIND,
    schemaVersion: EXPORT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    profile: { id: profile.id, displayName: profile.displayName, role: profile.role },
    sessions: records.map((record) => ({
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
      scoreCard: record.scoreCard ?? null,
    })),
  };
}

// Revue downloads its feedback files the same way; the helper lives in src/ui.
export { downloadJson } from '@/ui/download-json';
