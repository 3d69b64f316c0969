import { useState } from 'react';
import { appStorage } from '@/stores/app-storage-registry';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { downloadJson } from '@/ui/download-json';

/**
 * Exports sessions as one bundle and remembers they were exported (for the reminder). The
 * records and turns are read only now, for the sessions asked for (`all`: every one).
 */
export function useExport(onExported: () => Promise<void>) {
  const profile = useProfileStore(selectActiveProfile);
  const [done, setDone] = useState(false);
  const exportSessions = async (wanted: readonly string[] | 'all') => {
    if (!profile || wanted.length === 0) return;
    const status = useStorageStatusStore.getState();
    try {
      const sessions = appStorage().sessions;
      // The bundle's builder (with the document schemas behind it) loads with the first export,
      // not with the history page.
      const [{ buildExportBundle }, every] = await Promise.all([
        import('./export-bundle'),
        sessions.listByProfile(profile.id),
      ]);
      const asked = wanted === 'all' ? null : new Set(wanted);
      const records = asked ? every.filter((record) => asked.has(record.id)) : every;
      if (records.length === 0) return;
      const ids = records.map((record) => record.id);
      const turns = await sessions.turnsOf(ids);
      const now = new Date();
      const stamp = now.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
      downloadJson(
        `coulisses-seances-${stamp}.json`,
        buildExportBundle(profile, records, turns, now),
      );
      setDone(true);
      await sessions.markExported(ids, now.toISOString());
      await onExported();
    } catch (error) {
      status.reportFailure(error, 'sessions.export');
    }
  };
  return { exportSessions, done };
}
