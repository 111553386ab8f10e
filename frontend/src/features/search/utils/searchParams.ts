/**
 * The search page's state lives in the URL (shareable, reloadable, the back button steps through it). This module is
 * the one mapping between that URL, the state the page works with and the API's `GET /api/search` query.
 *
 * Page URL: `/?q=精密&kind=capacity&sort=recent&country=JP&country=CN&verified=true&availableFrom=2027-01-01&page=2`
 * (defaults are left out: no kind = everything, relevance, page 0).
 */

import { DESIGNATIONS, SME_CLASSES } from '@/lib/company';

export type HitKind = 'company' | 'need' | 'capacity';
export const HIT_KINDS: HitKind[] = ['company', 'need', 'capacity'];

export type SortOrder = 'relevance' | 'recent';
export const SORT_ORDERS: SortOrder[] = ['relevance', 'recent'];

/** Filters that take several values (`country=JP&country=CN`), in the order the sidebar shows them. */
export const LIST_FILTERS = ['country', 'region', 'industry', 'certification', 'smeClass', 'designation'] as const;
export type ListFilter = (typeof LIST_FILTERS)[number];


/** Values a filter accepts; filters not listed take any non-blank value (codes the API validates). */
const KNOWN_VALUES: Partial<Record<ListFilter, readonly string[]>> = { smeClass: SME_CLASSES, designation: DESIGNATIONS };

export type ListFilters = Record<ListFilter, string[]>;

export interface SearchState {
  q: string;
  /** Null: companies, needs and capacity listings together. */
  kind: HitKind | null;
  sort: SortOrder;
  /** 0-based. */
  page: number;
  filters: ListFilters;
  verified: boolean;
  /** The capacity window (`YYYY-MM-DD`); only with kind = capacity, else null. */
  availableFrom: string | null;
  availableTo: string | null;
}

/** Every filter a chip can stand for: the list filters, the kind, verified and the two window ends. */
export type FilterParam = ListFilter | 'kind' | 'verified' | 'availableFrom' | 'availableTo';

export interface ActiveFilter {
  param: FilterParam;
  value: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const emptyFilters = (): ListFilters =>
  Object.fromEntries(LIST_FILTERS.map((filter) => [filter, [] as string[]])) as unknown as ListFilters;

export const EMPTY_STATE: SearchState = {
  q: '',
  kind: null,
  sort: 'relevance',
  page: 0,
  filters: emptyFilters(),
  verified: false,
  availableFrom: null,
  availableTo: null,
};

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

const validDate = (value: string | null) => (value && DATE.test(value) ? value : null);

/** The page URL's query → state; anything unknown or malformed is dropped rather than sent to the API. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const rawKind = (params.get('kind') ?? '').toLowerCase();
  const kind = (HIT_KINDS as string[]).includes(rawKind) ? (rawKind as HitKind) : null;
  const rawSort = params.get('sort');
  const filters = emptyFilters();
  for (const filter of LIST_FILTERS) {
    const known = KNOWN_VALUES[filter];
    filters[filter] = unique(params.getAll(filter)).filter((value) => !known || known.includes(value));
  }
  const capacity = kind === 'capacity';
  return {
    q: params.get('q') ?? '',
    kind,
    sort: (SORT_ORDERS as Array<string | null>).includes(rawSort) ? (rawSort as SortOrder) : 'relevance',
    page: Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0),
    filters,
    verified: params.get('verified') === 'true',
    availableFrom: capacity ? validDate(params.get('availableFrom')) : null,
    availableTo: capacity ? validDate(params.get('availableTo')) : null,
  };
}

/** The filters shared by the page URL and the API query (no q, page or size). */
function appendFilters(params: URLSearchParams, state: SearchState) {
  if (state.kind) params.set('kind', state.kind);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const filter of LIST_FILTERS) {
    for (const value of state.filters[filter]) params.append(filter, value);
  }
  if (state.verified) params.set('verified', 'true');
  if (state.kind === 'capacity') {
    if (state.availableFrom) params.set('availableFrom', state.availableFrom);
    if (state.availableTo) params.set('availableTo', state.availableTo);
  }
}

/** State → the page URL's query; defaults are left out so links stay short. */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  appendFilters(params, state);
  if (state.page > 0) params.set('page', String(state.page));
  return params;
}

/** State → `GET /api/search?...` with paging. */
export function searchApiUrl(state: SearchState, size: number): string {
  const params = new URLSearchParams({ q: state.q, page: String(state.page), size: String(size) });
  appendFilters(params, state);
  return `/api/search?${params.toString()}`;
}

/** Any change of what is searched starts again at the first page. */
const fresh = (state: SearchState, patch: Partial<SearchState>): SearchState => ({ ...state, page: 0, ...patch });

export function withQuery(state: SearchState, q: string): SearchState {
  return fresh(state, { q });
}

/** The window only applies to capacity listings, so it goes when the kind does. */
export function withKind(state: SearchState, kind: HitKind | null): SearchState {
  const capacity = kind === 'capacity';
  return fresh(state, {
    kind,
    availableFrom: capacity ? state.availableFrom : null,
    availableTo: capacity ? state.availableTo : null,
  });
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return fresh(state, { sort });
}

export function withPage(state: SearchState, page: number): SearchState {
  return { ...state, page: Math.max(0, page) };
}

/** Adds the value to a list filter, or removes it when it is there. */
export function toggleValue(state: SearchState, filter: ListFilter, value: string): SearchState {
  const current = state.filters[filter];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return fresh(state, { filters: { ...state.filters, [filter]: next } });
}

export function withVerified(state: SearchState, verified: boolean): SearchState {
  return fresh(state, { verified });
}

export function withWindow(state: SearchState, availableFrom: string | null, availableTo: string | null): SearchState {
  return fresh(state, { availableFrom: validDate(availableFrom), availableTo: validDate(availableTo) });
}

/** The filters in effect, one chip each, in the sidebar's order. */
export function activeFilters(state: SearchState): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  if (state.kind) active.push({ param: 'kind', value: state.kind });
  for (const filter of LIST_FILTERS) {
    for (const value of state.filters[filter]) active.push({ param: filter, value });
  }
  if (state.verified) active.push({ param: 'verified', value: 'true' });
  if (state.availableFrom) active.push({ param: 'availableFrom', value: state.availableFrom });
  if (state.availableTo) active.push({ param: 'availableTo', value: state.availableTo });
  return active;
}

/** The state without one chip's filter. */
export function withoutFilter(state: SearchState, { param, value }: ActiveFilter): SearchState {
  switch (param) {
    case 'kind':
      return withKind(state, null);
    case 'verified':
      return withVerified(state, false);
    case 'availableFrom':
      return fresh(state, { availableFrom: null });
    case 'availableTo':
      return fresh(state, { availableTo: null });
    default:
      return fresh(state, { filters: { ...state.filters, [param]: state.filters[param].filter((v) => v !== value) } });
  }
}

/** Every filter off; the words and the sort order stay. */
export function withoutFilters(state: SearchState): SearchState {
  return { ...EMPTY_STATE, q: state.q, sort: state.sort, filters: emptyFilters() };
}
