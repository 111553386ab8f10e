import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/StatusBadge';
import { pickText } from '@/utils/pickName';
import type { ListingSummary } from '../api/listings';

/** Links to a company's needs or capacity listings; `editable` adds an edit link to each. */
export function ListingLinks({
  items,
  base,
  testId,
  editable = false,
  empty,
}: {
  items: ListingSummary[] | undefined;
  base: '/needs' | '/capacities';
  testId: string;
  editable?: boolean;
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  if (!items) return null;
  if (items.length === 0) return <p className="status">{empty}</p>;
  return (
    <ul className="listing-links">
      {items.map((item) => (
        <li key={item.id} data-testid={testId}>
          <Link to={`${base}/${encodeURIComponent(item.id)}`}>{pickText(item.titles, i18n.language) ?? t('listing.untitled')}</Link>{' '}
          <StatusBadge status={item.status} />
          {item.anonymous && <span className="badge">{t('needs.anonymousBadge')}</span>}
          {editable && (
            <Link className="edit-link" to={`${base}/${encodeURIComponent(item.id)}/edit`} data-testid={`${testId}-edit`}>
              {t('form.edit')}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
