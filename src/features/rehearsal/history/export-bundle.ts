import type { Profile } from '@/domain/profile/profile';
import { sessionEntry } from '@/domain/sync/session-document';
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
    sessions: records.map((record) => sessionEntry(record, turns)),
  };
}
