import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REHEARSAL_MODES } from '@/domain/customer/customer.types';
import type { ImportedSummary } from '@/domain/review/imported-session';
import type { TeamFilter } from '@/domain/review/team-summary';
import { SelectField } from '@/ui/select-field';

interface TeamFiltersProps {
  sessions: ImportedSummary[];
  filter: TeamFilter;
  onChange: (filter: TeamFilter) => void;
}

function choicesOf(sessions: readonly ImportedSummary[]) {
  const scripts = new Map<string, string>();
  const brands = new Set<string>();
  for (const session of sessions) {
    scripts.set(session.script.id, session.script.title);
    if (session.brandId !== null) brands.add(session.brandId);
  }
  return { scripts: [...scripts], brands: [...brands].sort() };
}

/** Script, brand, mode and dates: the choices are those the imported sessions hold. */
export function TeamFilters({ sessions, filter, onChange }: TeamFiltersProps) {
  const { t } = useTranslation('review');
  // Once per read of the sessions, not at every change of a filter (10,000 sessions a team).
  const { scripts, brands } = useMemo(() => choicesOf(sessions), [sessions]);
  const set = (key: keyof TeamFilter) => (value: string) =>
    onChange({ ...filter, [key]: value === '' ? undefined : value });
  return (
    <div className="review-filters" role="group" aria-label={t('filters.label')}>
      <SelectField
        id="team-script"
        label={t('filters.script')}
        value={filter.scriptId ?? ''}
        onChange={set('scriptId')}
      >
        <option value="">{t('filters.all')}</option>
        {scripts.map(([id, title]) => (
          <option key={id} value={id}>
            {title}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="team-brand"
        label={t('filters.brand')}
        value={filter.brandId ?? ''}
        onChange={set('brandId')}
      >
        {/* « Marque » is feminine: its « all » reads « Toutes ». */}
        <option value="">{t('filters.allFeminine')}</option>
        {brands.map((brand) => (
          <option key={brand} value={brand}>
            {brand}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="team-mode"
        label={t('filters.mode')}
        value={filter.mode ?? ''}
        onChange={set('mode')}
      >
        <option value="">{t('filters.all')}</option>
        {REHEARSAL_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`modes.${mode}`)}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label htmlFor="team-from">{t('filters.from')}</label>
        <input
          id="team-from"
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => set('from')(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="team-to">{t('filters.to')}</label>
        <input
          id="team-to"
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => set('to')(e.target.value)}
        />
      </div>
    </div>
  );
}
