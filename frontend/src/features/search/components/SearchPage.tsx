import { useTranslation } from 'react-i18next';
import { PAGE_SIZE, useSearch, type HitKind } from '../api/search';
import { useSearchState } from '../hooks/useSearchState';
import { KindFilter } from './KindFilter';
import { ResultCard } from './ResultCard';
import { SearchBox } from './SearchBox';

const COUNT_TEXTS: Record<HitKind, string> = {
  company: 'search.resultsCompany',
  need: 'search.resultsNeed',
  capacity: 'search.resultsCapacity',
};

export function SearchPage() {
  const { t } = useTranslation();
  const { q, page, kind, go } = useSearchState();
  const { data, isPending, isError } = useSearch(q, page, kind);

  const pages = data ? Math.max(1, Math.ceil(Math.min(data.total, 10_000) / PAGE_SIZE)) : 1;

  return (
    <section className="search-page">
      <div className="search-bar">
        <SearchBox initial={q} onSearch={(text) => go(text, 0)} />
        <KindFilter kind={kind} onChange={(next) => go(q, 0, next)} />
      </div>
      {isPending && <p className="status">{t('search.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('search.error')}
        </p>
      )}
      {data && (
        <>
          <p className="status" data-testid="result-count">
            {t(kind ? COUNT_TEXTS[kind] : 'search.results', { count: data.total })}
          </p>
          {data.items.length === 0 && <p className="status">{t('search.empty')}</p>}
          <div className="results">
            {data.items.map((hit) => (
              <ResultCard key={`${hit.kind ?? 'company'}-${hit.id}`} hit={hit} />
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
