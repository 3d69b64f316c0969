import { SelectField } from '@/ui/select-field';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { ShelfFilter } from './shelf-filter';

interface ShelfFiltersProps {
  filter: ShelfFilter;
  onChange: (filter: ShelfFilter) => void;
  brands: { id: string; name: string }[];
  tags: string[];
}

/** Search and filters of the shelf: text, brand, tag, validation state. */
export function ShelfFilters({ filter, onChange, brands, tags }: ShelfFiltersProps) {
  const { t } = useAuthoringTranslation();
  return (
    <div className="filters" role="search" aria-label={t('shelf.filters')}>
      <div className="field">
        <label htmlFor="shelf-search">{t('shelf.search')}</label>
        <input
          id="shelf-search"
          type="search"
          value={filter.text}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </div>
      <SelectField
        id="shelf-brand"
        label={t('shelf.brand')}
        value={filter.brand}
        onChange={(brand) => onChange({ ...filter, brand })}
      >
        <option value="">{t('shelf.any')}</option>
        {brands.map((brand) => (
          <option key={brand.id} value={brand.id}>
            {brand.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="shelf-tag"
        label={t('shelf.tag')}
        value={filter.tag}
        onChange={(tag) => onChange({ ...filter, tag })}
      >
        <option value="">{t('shelf.any')}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="shelf-state"
        label={t('shelf.stateLabel')}
        value={filter.state}
        onChange={(state) => onChange({ ...filter, state })}
      >
        <option value="">{t('shelf.any')}</option>
        <option value="valid">{t('shelf.state.valid')}</option>
        <option value="errors">{t('shelf.state.errors')}</option>
      </SelectField>
    </div>
  );
}
