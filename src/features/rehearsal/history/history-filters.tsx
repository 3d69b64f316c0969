import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REHEARSAL_MODES } from '@/domain/customer/customer.types';
import { SelectField } from '@/ui/select-field';
import { PERIODS, SESSION_STATUSES, type SessionFilter } from './session-filter';

interface HistoryFiltersProps {
  filter: SessionFilter;
  onChange: (filter: SessionFilter) => void;
  scripts: readonly { id: string; title: string; language: string }[];
}

/** Script, mode, state and period of the sessions shown; each a labelled native select. */
export function HistoryFilters({ filter, onChange, scripts }: HistoryFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = (key: keyof SessionFilter, label: string, options: ReactNode) => (
    <SelectField
      id={`${id}-${key}`}
      label={label}
      value={filter[key]}
      onChange={(value) => onChange({ ...filter, [key]: value })}
    >
      {options}
    </SelectField>
  );
  return (
    <div role="search" className="catalogue-filters" aria-label={t('rehearsal.history.filters')}>
      {field(
        'script',
        t('rehearsal.history.script'),
        <>
          <option value="">{t('rehearsal.history.allScripts')}</option>
          {scripts.map((script) => (
            <option key={script.id} value={script.id} lang={script.language}>
              {script.title}
            </option>
          ))}
        </>,
      )}
      {field(
        'mode',
        t('rehearsal.history.mode'),
        <>
          <option value="">{t('rehearsal.history.allModes')}</option>
          {REHEARSAL_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`rehearsal.modeName.${mode}`)}
            </option>
          ))}
        </>,
      )}
      {field(
        'status',
        t('rehearsal.history.status'),
        <>
          <option value="">{t('rehearsal.history.allStatuses')}</option>
          {SESSION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`rehearsal.history.state.${status}`)}
            </option>
          ))}
        </>,
      )}
      {field(
        'period',
        t('rehearsal.history.period'),
        PERIODS.map((period) => (
          <option key={period} value={period}>
            {t(`rehearsal.history.periodOption.${period}`)}
          </option>
        )),
      )}
    </div>
  );
}
