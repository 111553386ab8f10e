import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Segment } from '@/components/Highlighted';
import { getJson } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export interface SearchHighlight {
  field: 'name' | 'description' | 'technologies';
  language: string | null;
  segments: Segment[];
}

export interface SearchHit {
  id: string;
  names: Localized;
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

export function searchUrl(q: string, page: number, size = PAGE_SIZE) {
  const params = new URLSearchParams({ q, page: String(page), size: String(size) });
  return `/api/search?${params.toString()}`;
}

export function useSearch(q: string, page: number) {
  return useQuery({
    queryKey: ['search', q, page],
    queryFn: ({ signal }) => getJson<SearchResults>(searchUrl(q, page), signal),
    placeholderData: keepPreviousData,
    retry: 1,
    retryDelay: 300,
  });
}
