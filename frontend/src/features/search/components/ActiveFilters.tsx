import { useTranslation } from 'react-i18next';
import type { FacetLabel } from '../hooks/useFacetLabel';
import { activeFilters, withoutFilter, withoutFilters, type SearchState } from '../utils/searchParams';

/** The filters in effect as chips, each with its own remove button, and one to remove them all. */
export function ActiveFilters({
  state,
  onChange,
  label,
}: {
  state: SearchState;
  onChange: (next: SearchState) => void;
  label: FacetLabel;
}) {
  const { t } = useTranslation();
  const active = activeFilters(state);
  if (active.length === 0) return null;
  return (
    <div className="active-filters" data-testid="active-filters">
      <span className="hint">{t('facets.active')}</span>
      <ul className="chips">
        {active.map((filter) => {
          const group = filter.param === 'availableFrom' || filter.param === 'availableTo' ? 'window' : filter.param;
          const text = `${t(`facets.${group}`)}: ${label(filter.param, filter.value)}`;
          return (
            <li key={`${filter.param}=${filter.value}`} data-testid="filter-chip" data-param={filter.param} data-value={filter.value}>
              <span>{text}</span>
              <button
                type="button"
                aria-label={t('facets.remove', { filter: text })}
                title={t('facets.remove', { filter: text })}
                data-testid="filter-chip-remove"
                onClick={() => onChange(withoutFilter(state, filter))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {active.length > 1 && (
        <button type="button" className="link" data-testid="filters-clear" onClick={() => onChange(withoutFilters(state))}>
          {t('facets.clearAll')}
        </button>
      )}
    </div>
  );
}
