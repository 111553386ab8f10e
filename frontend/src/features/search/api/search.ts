import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Segment } from '@/components/Highlighted';
import { getJson } from '@/lib/api-client';
import type { Designations } from '@/lib/company';
import { recordKind, recordPath } from '@/lib/paths';
import type { Localized } from '@/lib/types';
import { searchApiUrl, type HitKind, type SearchState } from '../utils/searchParams';

export { HIT_KINDS, type HitKind } from '../utils/searchParams';

export interface SearchHighlight {
  /** `name`, `description`, `technologies`; needs and capacity listings may add their own (`title`, ...). */
  field: string;
  language: string | null;
  segments: Segment[];
}

export interface SearchHit {
  id: string;
  kind?: string | null;
  /** A company's names, or a need's or capacity listing's titles. */
  names: Localized;
  /** The owner of a need or capacity listing (null for companies and anonymous needs). */
  companyId?: string | null;
  companyNames?: Localized | null;
  country: string | null;
  region: string | null;
  industry: string | null;
  technologies: string[];
  matchedLanguage: string | null;
  highlights: SearchHighlight[];
  /** Valid certificates: the API may send standard codes or certificate objects; see hitCertifications. */
  certifications?: Array<string | { standard?: string | null }> | null;
  /** The SME class code (or, like profiles, `{code}`); see hitSmeClass. */
  smeClass?: string | { code?: string | null } | null;
  designations?: Designations | null;
  verified?: boolean | null;
  availableFrom?: string | null;
  availableTo?: string | null;
  updatedAt?: string | null;
}

/** The facets the API counts for the current query and the other filters. */
export const FACETS = ['kind', 'country', 'region', 'industry', 'certification', 'smeClass', 'designation', 'verified'] as const;
export type FacetName = (typeof FACETS)[number];

export interface FacetValue {
  /** A code; `verified` may come as a boolean. */
  value: string | boolean;
  count: number;
}

export type Facets = Partial<Record<FacetName, FacetValue[] | null>>;

export interface SearchResults {
  query: string;
  total: number;
  page: number;
  size: number;
  items: SearchHit[];
  facets?: Facets | null;
}

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
  const codes = (hit.certifications ?? []).map((c) => (typeof c === 'string' ? c : (c?.standard ?? '')));
  return [...new Set(codes.filter(Boolean))];
}

export function hitSmeClass(hit: Pick<SearchHit, 'smeClass'>): string | null {
  const smeClass = hit.smeClass;
  if (!smeClass) return null;
  return typeof smeClass === 'string' ? smeClass : (smeClass.code ?? null);
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
export interface Suggestion {
  text: string;
  type: 'company' | 'technology' | string;
  /** The company id or the technology code. */
  id: string;
  language: string | null;
}

export interface Suggestions {
  items: Suggestion[];
}

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
