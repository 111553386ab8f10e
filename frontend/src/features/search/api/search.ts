import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import type { Schema } from '@/lib/api-schema';
import { recordKind, recordPath } from '@/lib/paths';
import { searchApiUrl, type HitKind, type SearchState } from '../utils/searchParams';

export { HIT_KINDS, type HitKind } from '../utils/searchParams';

/** A highlighted fragment of `field` (`name`, `description`, `technologies`, `title`, …) as text segments. */
export type SearchHighlight = Schema<'SearchResults.Highlight'>;

/**
 * One result (the API's `SearchResults.Hit`): `names` is a company's names or a need's or capacity listing's titles;
 * `companyId`/`companyNames` the owner of a need or listing (null for companies and anonymous needs); `certifications`
 * the standards of valid certificates; `smeClass` the SME class code.
 */
export type SearchHit = Schema<'SearchResults.Hit'>;

/** The facets the API counts for the current query and the other filters. */
export const FACETS = ['kind', 'country', 'region', 'industry', 'certification', 'smeClass', 'designation', 'verified'] as const;
export type FacetName = (typeof FACETS)[number];

/** A code (`verified` as "true"/"false") and how many results have it. */
export type FacetValue = Schema<'SearchResults.FacetValue'>;

/** The facets as the page reads them: the API sends a map from facet name to values. */
export type Facets = Partial<Record<FacetName, FacetValue[] | null>>;

/** `GET /api/search`: one page of results (`page` is 0-based) with the facets' counts. */
export type SearchResults = Schema<'SearchResults'>;

export const PAGE_SIZE = 20;

/** The hit's kind in lower case; a missing or unknown kind is a company. */
export function hitKind(hit: Pick<SearchHit, 'kind'>): HitKind {
  return recordKind(hit.kind);
}

export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  return recordPath(hit.kind, hit.id);
}

/** The standards of the hit's valid certificates, each once. */
export function hitCertifications(hit: Pick<SearchHit, 'certifications'>): string[] {
  return [...new Set((hit.certifications ?? []).filter(Boolean))];
}

export function hitSmeClass(hit: Pick<SearchHit, 'smeClass'>): string | null {
  return hit.smeClass ?? null;
}

export function useSearch(state: SearchState) {
  const url = searchApiUrl(state, PAGE_SIZE);
  return useQuery({
    queryKey: ['search', url],
    queryFn: ({ signal }) => getJson<SearchResults>(url, signal),
    placeholderData: keepPreviousData,
    retry: 1,
    retryDelay: 300,
  });
}

/** `GET /api/suggest`: company names and technology labels starting with (CJK: containing) the text. */
export type Suggestion = Schema<'Suggestions.Suggestion'>;

export type Suggestions = Schema<'Suggestions.SuggestionList'>;

/**
 * Suggestions for the typed text. TanStack Query hands the request an AbortSignal and aborts it as soon as the
 * text changes (the stale query loses its only observer), so a slow answer for `精` never replaces the one for `精密`.
 */
export function useSuggestions(text: string, enabled: boolean) {
  return useQuery({
    queryKey: ['suggest', text],
    queryFn: ({ signal }) => getJson<Suggestions>(`/api/suggest?q=${encodeURIComponent(text)}`, signal),
    enabled: enabled && text.length > 0,
    staleTime: 60_000,
    retry: false,
    select: (data) => (data?.items ?? []).slice(0, 10),
  });
}
