import { useTranslation } from 'react-i18next';
import { useAppUpdateStore } from '@/stores/app-update-store';
import { selectCallIsLive, useLiveCallStore } from '@/stores/live-call-store';

/**
 * Offers a new version of the app once it is installed. Never during a call: the offer waits
 * until the call ends, so an update cannot cut an agent off mid-call. The polite status region
 * is always there, so screen readers announce the offer when it appears.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const apply = useAppUpdateStore((state) => state.apply);
  const dismissed = useAppUpdateStore((state) => state.dismissed);
  const dismiss = useAppUpdateStore((state) => state.dismiss);
  const callIsLive = useLiveCallStore(selectCallIsLive);
  const shown = apply !== null && !dismissed && !callIsLive;
  return (
    <div role="status" aria-labelledby={shown ? 'update-banner-title' : undefined}>
      {shown && (
        <div className="update-banner">
          <div>
            <strong id="update-banner-title">{t('updateBanner.title')}</strong>
            <p>{t('updateBanner.message')}</p>
          </div>
          <div className="button-row">
            <button type="button" className="button" onClick={apply}>
              {t('updateBanner.apply')}
            </button>
            <button type="button" className="button button--quiet" onClick={dismiss}>
              {t('updateBanner.later')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
