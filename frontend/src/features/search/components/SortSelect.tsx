import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { SORT_ORDERS, type SortOrder } from '../utils/searchParams';

export function SortSelect({ sort, onChange }: { sort: SortOrder; onChange: (sort: SortOrder) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="sort">
      <label htmlFor={id}>{t('search.sort')}</label>
      <Select id={id} data-testid="search-sort" value={sort} onChange={onChange} options={SORT_ORDERS}
        optionLabel={(order) => t(`search.sortBy.${order}`)} />
    </span>
  );
}
