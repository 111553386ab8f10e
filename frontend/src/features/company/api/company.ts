import { useQuery } from '@tanstack/react-query';
import { ApiError, getJson } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export interface Company {
  id: string;
  version: number;
  names: Localized;
  descriptions: Localized;
  technologies: string[];
  country: string;
  region: string | null;
  industry: string;
  capital: { amount: number; currency: string } | null;
  employees: number | null;
  foundedYear: number | null;
  website: string | null;
  createdAt: string;
  updatedAt: string;
}

export function useCompany(id: string) {
  return useQuery({
    queryKey: ['company', id],
    queryFn: ({ signal }) => getJson<Company>(`/api/companies/${encodeURIComponent(id)}`, signal),
    retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
  });
}
