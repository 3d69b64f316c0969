import { useState } from 'react';
import type { SessionRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { buildExportBundle, downloadJson } from './export-bundle';

/** Exports sessions as one bundle and remembers they were exported (for the reminder). */
export function useExport(onExported: () => Promise<void>) {
  const profile = useProfileStore(selectActiveProfile);
  const [done, setDone] = useState(false);
  const exportSessions = async (records: SessionRecord[]) => {
    if (!profile || records.length === 0) return;
    const status = useStorageStatusStore.getState();
    const ids = records.map((record) => record.id);
    try {
      const turns = await appStorage().sessions.turnsOf(ids);
      const now = new Date();
      const stamp = now.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
      downloadJson(
        `coulisses-seances-${stamp}.json`,
        buildExportBundle(profile, records, turns, now),
      );
      setDone(true);
      await appStorage().sessions.markExported(ids, now.toISOString());
      await onExported();
    } catch (error) {
      status.reportFailure(error, 'sessions.export');
    }
  };
  return { exportSessions, done };
}
