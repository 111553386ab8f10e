import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Segment } from '@/components/Highlighted';
import { getJson } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export interface SearchHighlight {
  /** `name`, `description`, `technologies`; needs and capacity listings may add their own (`title`, ...). */
  field: string;
  language: string | null;
  segments: Segment[];
}

/** What a hit is; older results have no `kind` and are companies. */
export type HitKind = 'company' | 'need' | 'capacity';
export const HIT_KINDS: HitKind[] = ['company', 'need', 'capacity'];

export interface SearchHit {
  id: string;
  kind?: string | null;
  /** A company's names, or a need's or capacity listing's titles. */
  names: Localized;
  /** The owner of a need or capacity listing (null for companies and anonymous needs). */
  companyNames?: Localized | null;
  country: string | null;
  region: string | null;
  industry: string | null;
  technologies: string[];
  matchedLanguage: string | null;
  highlights: SearchHighlight[];
}

export interface SearchResults {
  query: string;
  total: number;
  page: number;
  size: number;
  items: SearchHit[];
}

export const PAGE_SIZE = 20;

/** The hit's kind in lower case; a missing or unknown kind is a company. */
export function hitKind(hit: Pick<SearchHit, 'kind'>): HitKind {
  const kind = (hit.kind ?? '').toLowerCase();
  return (HIT_KINDS as string[]).includes(kind) ? (kind as HitKind) : 'company';
}

const HIT_PATHS: Record<HitKind, string> = { company: '/companies', need: '/needs', capacity: '/capacities' };

export function hitPath(hit: Pick<SearchHit, 'kind' | 'id'>): string {
  return `${HIT_PATHS[hitKind(hit)]}/${encodeURIComponent(hit.id)}`;
}

export function searchUrl(q: string, page: number, size = PAGE_SIZE, kind?: HitKind | null) {
  const params = new URLSearchParams({ q, page: String(page), size: String(size) });
  if (kind) params.set('kind', kind);
  return `/api/search?${params.toString()}`;
}

export function useSearch(q: string, page: number, kind?: HitKind | null) {
  return useQuery({
    queryKey: ['search', q, page, kind ?? null],
    queryFn: ({ signal }) => getJson<SearchResults>(searchUrl(q, page, PAGE_SIZE, kind), signal),
    placeholderData: keepPreviousData,
    retry: 1,
    retryDelay: 300,
  });
}
