import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { formatBytes } from '@/ui/format-bytes';

/** Whether the browser keeps our data, how much we use, and why that is not a backup. */
export function StorageSection() {
  const { t, i18n } = useTranslation();
  const report = useStorageStatusStore((state) => state.report);
  const refresh = useStorageStatusStore((state) => state.refreshReport);
  const requestNow = useStorageStatusStore((state) => state.requestPersistenceNow);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const persistence =
    report?.persisted === true
      ? t('settings.storage.persistent')
      : report?.persisted === false
        ? t('settings.storage.notPersistent')
        : t('settings.storage.unknownPersistence');
  const usage =
    report?.usageBytes != null && report.quotaBytes != null
      ? t('settings.storage.usage', {
          usage: formatBytes(report.usageBytes, i18n.language),
          quota: formatBytes(report.quotaBytes, i18n.language),
        })
      : t('settings.storage.unknownUsage');

  return (
    <section aria-labelledby="storage-title" className="settings-section">
      <h2 id="storage-title">{t('settings.storage.title')}</h2>
      <div aria-live="polite">
        <p data-testid="storage-persistence">{persistence}</p>
        <p data-testid="storage-usage">{usage}</p>
      </div>
      <p className="notice">{t('settings.storage.notBackup')}</p>
      <div className="button-row">
        {report?.persisted === false && (
          <button type="button" className="button" onClick={() => void requestNow()}>
            {t('settings.storage.request')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => void refresh()}>
          {t('settings.storage.refresh')}
        </button>
      </div>
    </section>
  );
}
