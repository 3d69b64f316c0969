import { useTranslation } from 'react-i18next';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { ExportNowButton } from '@/features/rehearsal/history/export-now-button';
import { AlertBanner } from '@/ui/alert-banner';

/** Shows the last storage failure until dismissed; every feature's failures land here. */
export function StorageBanner() {
  const { t } = useTranslation();
  const failure = useStorageStatusStore((state) => state.failure);
  const dismiss = useStorageStatusStore((state) => state.dismissFailure);
  if (!failure) return null;
  return (
    <AlertBanner
      title={t('storageBanner.title')}
      message={t(`storageBanner.kinds.${failure.kind}`)}
      action={<ExportNowButton />}
      dismissLabel={t('storageBanner.dismiss')}
      onDismiss={dismiss}
    />
  );
}
