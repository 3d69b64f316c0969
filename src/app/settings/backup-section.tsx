import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleProblem } from '@/domain/review/envelope';
import { buildBackup, gateBackup } from '@/domain/review/backup-gate';
import { readBackupContent, restoreBackup } from '@/storage/backup-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { loadAppState } from '@/stores/load-app-state';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { downloadJson } from '@/ui/download-json';

type Outcome =
  | { kind: 'exported' }
  | { kind: 'restored'; fresh: number; already: number }
  | { kind: 'conflict'; count: number }
  | { kind: 'refused'; problems: BundleProblem[] };

/** A full backup of this device's profiles, preferences and sessions, and its restore. */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const profile = useProfileStore(selectActiveProfile);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const fail = (error: unknown, operation: string) =>
    useStorageStatusStore.getState().reportFailure(error, operation);

  const exportAll = async () => {
    try {
      const now = new Date();
      const content = await readBackupContent(appStorage().db);
      const author = { id: profile?.id ?? '', name: profile?.displayName ?? '' };
      const stamp = now.toISOString().slice(0, 19).replace(/[:T]/gu, '-');
      downloadJson(
        `coulisses-sauvegarde-${stamp}.json`,
        buildBackup(crypto.randomUUID(), author, now, content as never),
      );
      setOutcome({ kind: 'exported' });
    } catch (error) {
      fail(error, 'backup.export');
    }
  };
  const restore = async (file: File | undefined) => {
    if (!file) return;
    const gated = gateBackup(await file.text());
    if (!gated.ok) return setOutcome({ kind: 'refused', problems: gated.problems });
    try {
      const result = await restoreBackup(appStorage().db, gated.value);
      if (!result.ok) return setOutcome({ kind: 'conflict', count: result.conflicts.length });
      await loadAppState(appStorage());
      setOutcome({ kind: 'restored', fresh: result.fresh, already: result.already });
    } catch (error) {
      fail(error, 'backup.restore');
    }
  };
  return (
    <section aria-labelledby="backup-title" className="settings-section">
      <h2 id="backup-title">{t('settings.backup.title')}</h2>
      <p>{t('settings.backup.explain')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('settings.backup.export')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={inputId}>{t('settings.backup.restore')}</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            void restore(file);
          }}
        />
      </div>
      <div aria-live="polite">
        {outcome?.kind === 'exported' && <p>{t('settings.backup.exported')}</p>}
        {outcome?.kind === 'restored' && (
          <p>{t('settings.backup.restored', { fresh: outcome.fresh, already: outcome.already })}</p>
        )}
        {outcome?.kind === 'conflict' && (
          <p>{t('settings.backup.conflict', { count: outcome.count })}</p>
        )}
        {outcome?.kind === 'refused' && (
          <>
            <p>{t('settings.backup.refused')}</p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>
                  <code>{problem.path}</code> — {problem.message[language]}{' '}
                  <em>{problem.fix[language]}</em>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
