import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '@/utils/dates';
import { useDeleteSavedSearch, useSavedSearches } from '../api/savedSearches';

/** `/saved-searches`: my saved searches, each opening its results; new results come as notifications. */
export function SavedSearchesPage() {
  const { t, i18n } = useTranslation();
  const { data, isLoading } = useSavedSearches();
  const remove = useDeleteSavedSearch();
  return (
    <section aria-labelledby="saved-searches-title">
      <h1 id="saved-searches-title">{t('savedSearches.title')}</h1>
      <p className="hint">{t('savedSearches.lead')}</p>
      {isLoading && <p aria-busy="true">{t('app.loading')}</p>}
      {data && data.length === 0 && <p data-testid="saved-searches-empty">{t('savedSearches.empty')}</p>}
      <ul className="saved-searches">
        {(data ?? []).map((search) => (
          <li key={search.id} data-testid="saved-search">
            <Link to={`/?${search.query}`} data-testid="saved-search-link">{search.name}</Link>{' '}
            <span className="meta">
              {t(`savedSearches.every.${search.frequency}`)}
              {search.lastRunAt && ` · ${t('savedSearches.lastRun', { at: formatDateTime(search.lastRunAt, i18n.language) })}`}
            </span>{' '}
            <button type="button" className="link danger" disabled={remove.isPending}
              data-testid="saved-search-delete" onClick={() => remove.mutate(search.id)}>
              {t('savedSearches.delete')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
