import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SORT_ORDERS, type SortOrder } from '../utils/searchParams';

export function SortSelect({ sort, onChange }: { sort: SortOrder; onChange: (sort: SortOrder) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="sort">
      <label htmlFor={id}>{t('search.sort')}</label>
      <select id={id} data-testid="search-sort" value={sort} onChange={(event) => onChange(event.target.value as SortOrder)}>
        {SORT_ORDERS.map((order) => (
          <option key={order} value={order}>
            {t(`search.sortBy.${order}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
