import { useQuery } from '@tanstack/react-query';
import { getJson } from './api-client';
import type { Localized } from './types';

export interface Industry {
  code: string;
  jsic: string;
  labels: Localized;
}

/** The industry classification with labels in three languages; it never changes while the app runs. */
export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: ({ signal }) => getJson<Industry[]>('/api/industries', signal),
    staleTime: Infinity,
  });
}

export function useIndustryLabel() {
  const { data } = useIndustries();
  return (code: string | null | undefined, language: string): string | null => {
    if (!code) return null;
    const industry = data?.find((i) => i.code === code);
    const labels = industry?.labels as Record<string, string | null> | undefined;
    return labels?.[language] ?? labels?.en ?? code;
  };
}
