import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_CHOICES } from '@/storage/retention';
import { useRetentionStore } from '@/stores/retention-store';

/** How long this device keeps sessions (Répéter's and Revue's) before the notice and purge. */
export function RetentionSection() {
  const { t } = useTranslation();
  const selectId = useId();
  const hintId = useId();
  const { months, plan, check, setMonths } = useRetentionStore();
  useEffect(() => {
    if (months === null) void check();
  }, [months, check]);
  const due = plan ? plan.practice.ids.length + plan.review.ids.length : 0;
  return (
    <section aria-labelledby="retention-title" className="settings-section">
      <h2 id="retention-title">{t('retention.setting.title')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('retention.setting.label')}</label>
        <select
          id={selectId}
          aria-describedby={hintId}
          value={months ?? ''}
          disabled={months === null}
          onChange={(event) => void setMonths(Number(event.target.value))}
        >
          {RETENTION_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t('retention.setting.option', { count: choice })}
            </option>
          ))}
        </select>
        <p id={hintId} className="field__hint">
          {t('retention.setting.hint')}
        </p>
      </div>
      <p aria-live="polite" data-testid="retention-due">
        {months !== null &&
          (due > 0
            ? t('retention.setting.due', { count: due })
            : t('retention.setting.nothingDue', { count: months }))}
      </p>
    </section>
  );
}
