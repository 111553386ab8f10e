import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PAGE_SIZE, useSearch } from '../api/search';
import { ResultCard } from './ResultCard';
import { SearchBox } from './SearchBox';

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const { data, isPending, isError } = useSearch(q, page);

  const go = (nextQ: string, nextPage: number) => setParams({ q: nextQ, page: String(nextPage) });
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
