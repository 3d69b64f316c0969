import { useTranslation } from 'react-i18next';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { allLiveSessions } from '../session/live-sessions';
import { downloadJson } from '@/ui/download-json';

// When storage fails, what IndexedDB still has is merged with what this tab holds in memory,
// so the sessions not yet written leave the browser too.
async function everything(profileId: string) {
  const records = new Map<string, SessionRecord>();
  const turns = new Map<string, TurnRecord>();
  try {
    const stored = await appStorage().sessions.listByProfile(profileId);
    for (const record of stored) records.set(record.id, record);
    for (const row of await appStorage().sessions.turnsOf([...records.keys()])) {
      turns.set(`${row.sessionId}:${row.index}`, row);
    }
  } catch (error) {
    // The banner already shows the failure; the export goes on with the tab's own copy.
    console.warn('[coulisses] export now: storage unreadable', error);
  }
  for (const session of allLiveSessions()) {
    if (session.record.profileId !== profileId) continue;
    records.set(session.record.id, session.record);
    for (const row of session.turns) turns.set(`${row.sessionId}:${row.index}`, row);
  }
  return { records: [...records.values()], turns: [...turns.values()] };
}

/** "Exporter maintenant" in the storage banner: download every session before it is lost. */
export function ExportNowButton() {
  const { t } = useTranslation();
  const profile = useProfileStore(selectActiveProfile);
  if (!profile) return null;
  const run = async () => {
    // The bundle's builder (and the document schemas behind it) loads when asked for: this
    // banner is part of every page, an export is rare.
    const [{ buildExportBundle }, { records, turns }] = await Promise.all([
      import('./export-bundle'),
      everything(profile.id),
    ]);
    const now = new Date();
    const stamp = now.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
    downloadJson(
      `coulisses-seances-${stamp}.json`,
      buildExportBundle(profile, records, turns, now),
    );
  };
  return (
    <button type="button" className="button" onClick={() => void run()}>
      {t('storageBanner.exportNow')}
    </button>
  );
}
