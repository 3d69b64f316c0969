import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/ui/select-field';
import type { CatalogueFilter } from './catalogue-filter';

interface Option {
  value: string;
  label: string;
}

interface CatalogueFiltersProps {
  filter: CatalogueFilter;
  onChange: (filter: CatalogueFilter) => void;
  brands: Option[];
}

/** Search and filters of the catalogue; every control is labelled and keyboard-operable. */
export function CatalogueFilters({ filter, onChange, brands }: CatalogueFiltersProps) {
  const { t } = useTranslation();
  const id = useId();
  const select = (
    key: Exclude<keyof CatalogueFilter, 'search'>,
    label: string,
    options: Option[],
    // « Toutes » for a feminine noun (marque, difficulté, langue), « Tous » for a masculine one.
    all: 'all' | 'allFeminine' = 'all',
  ) => (
    <SelectField
      id={`${id}-${key}`}
      label={label}
      value={filter[key]}
      onChange={(value) => onChange({ ...filter, [key]: value })}
    >
      <option value="">{t(`rehearsal.catalogue.${all}`)}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
  return (
    <div role="search" className="catalogue-filters" aria-label={t('rehearsal.catalogue.filters')}>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('rehearsal.catalogue.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filter.search}
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => onChange({ ...filter, search: event.target.value })}
        />
        <span id={`${id}-search-hint`} className="hint">
          {t('rehearsal.catalogue.searchHint')}
        </span>
      </div>
      {select('brand', t('rehearsal.catalogue.brand'), brands, 'allFeminine')}
      {select(
        'difficulty',
        t('rehearsal.catalogue.difficulty'),
        (['beginner', 'intermediate', 'advanced'] as const).map((value) => ({
          value,
          label: t(`rehearsal.difficulty.${value}`),
        })),
        'allFeminine',
      )}
      {select(
        'direction',
        t('rehearsal.catalogue.direction'),
        (['inbound', 'outbound'] as const).map((value) => ({
          value,
          label: t(`rehearsal.direction.${value}`),
        })),
      )}
      {select(
        'language',
        t('rehearsal.catalogue.language'),
        (['fr', 'en'] as const).map((value) => ({
          value,
          label: t(`rehearsal.scriptLanguage.${value}`),
        })),
        'allFeminine',
      )}
    </div>
  );
}
