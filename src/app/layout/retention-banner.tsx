import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportNowButton } from '@/features/rehearsal/history/export-now-button';
import { useRetentionStore } from '@/stores/retention-store';

// What each area has due: Répéter's own practice, then Revue's imported sessions.
const AREAS = ['practice', 'review'] as const;

const day = (iso: string | null, language: string) =>
  iso ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso)) : '';

/**
 * The notice before sessions past the retention setting are purged (how many, which dates, and
 * when), with a way to purge now or export first; then how many went. Checked once at start.
 */
export function RetentionBanner() {
  const { t, i18n } = useTranslation();
  const { plan, purged, check, purgeNow, dismissPurged } = useRetentionStore();
  const [later, setLater] = useState(false);
  useEffect(() => {
    void check();
  }, [check]);
  const language = i18n.language;
  const shown = plan !== null && !later;
  return (
    <div role="status" aria-labelledby={shown ? 'retention-banner-title' : undefined}>
      {shown && (
        <div className="update-banner" data-testid="retention-notice">
          <div>
            <strong id="retention-banner-title">
              {t('retention.notice.title', { months: plan.months })}
            </strong>
            <ul>
              {AREAS.map(
                (area) =>
                  plan[area].ids.length > 0 && (
                    <li key={area}>
                      {t(`retention.notice.${area}`, {
                        count: plan[area].ids.length,
                        first: day(plan[area].first, language),
                        last: day(plan[area].last, language),
                      })}
                    </li>
                  ),
              )}
            </ul>
            <p>{t('retention.notice.when', { date: day(plan.purgeAt, language) })}</p>
          </div>
          <div className="button-row">
            {plan.practice.ids.length > 0 && <ExportNowButton />}
            <button type="button" className="button" onClick={() => void purgeNow()}>
              {t('retention.notice.purgeNow')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setLater(true)}>
              {t('retention.notice.later')}
            </button>
          </div>
        </div>
      )}
      {purged && (
        <div className="update-banner" data-testid="retention-purged">
          <p>
            {t('retention.purged.practice', { count: purged.practice })}{' '}
            {t('retention.purged.review', { count: purged.review })}
          </p>
          <button type="button" className="button button--quiet" onClick={dismissPurged}>
            {t('retention.purged.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
