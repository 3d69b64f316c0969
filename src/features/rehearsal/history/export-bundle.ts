import type { Profile } from '@/domain/profile/profile';
import { sessionEntry } from '@/domain/sync/session-document';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';

export const EXPORT_KIND = 'coulisses-sessions';
export const EXPORT_SCHEMA_VERSION = 1;

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

/** Offers a JSON document as a file download (a blob URL: nothing leaves the device). */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
