import { useTranslation } from 'react-i18next';
import { PAGE_SIZE, useSearch, type HitKind } from '../api/search';
import { useFacetLabel } from '../hooks/useFacetLabel';
import { useSearchState } from '../hooks/useSearchState';
import { activeFilters, withoutFilters, withPage, withQuery, withSort } from '../utils/searchParams';
import { ActiveFilters } from './ActiveFilters';
import { FacetSidebar } from './FacetSidebar';
import { ResultCard } from './ResultCard';
import { SaveSearch } from './SaveSearch';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';
import { Pager } from '@/components/Pager';

const COUNT_TEXTS: Record<HitKind, string> = {
  company: 'search.resultsCompany',
  need: 'search.resultsNeed',
  capacity: 'search.resultsCapacity',
};

export function SearchPage() {
  const { t } = useTranslation();
  const { state, go } = useSearchState();
  const { data, isPending, isError, isFetching } = useSearch(state);
  const label = useFacetLabel(Boolean(data?.facets?.region?.length || state.filters.region.length));
  const filtered = activeFilters(state).length > 0;
  const { kind, page } = state;

  const pages = data ? Math.max(1, Math.ceil(Math.min(data.total, 10_000) / PAGE_SIZE)) : 1;

  return (
    <section className="search-page">
      <div className="search-bar">
        <SearchBox initial={state.q} onSearch={(text) => go(withQuery(state, text))} />
      </div>
      <div className="search-layout">
        <FacetSidebar facets={data?.facets} state={state} onChange={go} label={label} />
        <div className="search-main" data-testid="search-results" aria-busy={isFetching}>
          <div className="results-toolbar">
            {data ? (
              <p className="status" data-testid="result-count" aria-live="polite">
                {t(kind ? COUNT_TEXTS[kind] : 'search.results', { count: data.total })}
              </p>
            ) : (
              <span />
            )}
            <SortSelect sort={state.sort} onChange={(sort) => go(withSort(state, sort))} />
          </div>
          <ActiveFilters state={state} onChange={go} label={label} />
          {(state.q || filtered) && <SaveSearch key={`${state.q}|${filtered}`} defaultName={state.q} />}
          {isPending && <p className="status">{t('search.loading')}</p>}
          {isError && (
            <p className="status error" role="alert" data-testid="search-error">
              {t('search.error')}
            </p>
          )}
          {data && (
            <>
              {data.items.length === 0 && (
                <div className="empty" data-testid="search-empty">
                  <p className="status">{t(filtered ? 'search.emptyFiltered' : 'search.empty')}</p>
                  {filtered && (
                    <button type="button" className="button" data-testid="empty-clear-filters" onClick={() => go(withoutFilters(state))}>
                      {t('facets.clearAll')}
                    </button>
                  )}
                </div>
              )}
              <div className="results">
                {data.items.map((hit) => (
                  <ResultCard key={`${hit.kind ?? 'company'}-${hit.id}`} hit={hit} />
                ))}
              </div>
              <Pager page={page} pages={pages} onPage={(next) => go(withPage(state, next))} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
