import { useTranslation } from 'react-i18next';
import { PAGE_SIZE, useSearch } from '../api/search';
import { useSearchState } from '../hooks/useSearchState';
import { ResultCard } from './ResultCard';
import { SearchBox } from './SearchBox';

export function SearchPage() {
  const { t } = useTranslation();
  const { q, page, go } = useSearchState();
  const { data, isPending, isError } = useSearch(q, page);

  const pages = data ? Math.max(1, Math.ceil(Math.min(data.total, 10_000) / PAGE_SIZE)) : 1;

  return (
    <section className="search-page">
      <SearchBox initial={q} onSearch={(text) => go(text, 0)} />
      {isPending && <p className="status">{t('search.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('search.error')}
        </p>
      )}
      {data && (
        <>
          <p className="status" data-testid="result-count">
            {t('search.results', { count: data.total })}
          </p>
          {data.items.length === 0 && <p className="status">{t('search.empty')}</p>}
          <div className="results">
            {data.items.map((hit) => (
              <ResultCard key={hit.id} hit={hit} />
            ))}
          </div>
          {pages > 1 && (
            <nav className="pager">
              <button type="button" disabled={page === 0} onClick={() => go(q, page - 1)}>
                {t('search.previous')}
              </button>
              <span>{t('search.page', { page: page + 1, pages })}</span>
              <button type="button" disabled={page + 1 >= pages} onClick={() => go(q, page + 1)}>
                {t('search.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
