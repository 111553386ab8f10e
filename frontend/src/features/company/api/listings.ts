import { useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import type { Localized, Page } from '@/lib/types';

/** A company's needs and capacity listings as its pages list them (the needs / capacities features own the rest). */
export interface ListingSummary {
  id: string;
  titles: Localized;
  status: 'OPEN' | 'CLOSED';
  anonymous?: boolean;
  deadline?: string | null;
  kind?: string;
  updatedAt?: string;
}

const LIST_SIZE = 50;

/** docs/API.md promises a page; a plain list is read as well. */
export function itemsOf<T>(data: Page<T> | T[] | null | undefined): T[] {
  if (Array.isArray(data)) return data;
  return data?.items ?? [];
}

const openOnly = <T extends { status?: string }>(items: T[], onlyOpen: boolean) =>
  onlyOpen ? items.filter((item) => item.status !== 'CLOSED') : items;

function listUrl(resource: 'needs' | 'capacities', companyId: string, status?: 'OPEN') {
  const params = new URLSearchParams({ companyId, page: '0', size: String(LIST_SIZE) });
  if (status) params.set('status', status);
  return `/api/${resource}?${params.toString()}`;
}

/** `onlyOpen` for visitors: the company page lists what can still be answered. */
export function useCompanyNeeds(companyId: string | null | undefined, onlyOpen = false) {
  return useQuery({
    queryKey: ['needs', 'company', companyId, onlyOpen],
    queryFn: ({ signal }) =>
      getJson<Page<ListingSummary> | ListingSummary[]>(listUrl('needs', companyId ?? '', onlyOpen ? 'OPEN' : undefined), signal),
    enabled: Boolean(companyId),
    select: (data) => openOnly(itemsOf(data), onlyOpen),
  });
}

export function useCompanyCapacities(companyId: string | null | undefined, onlyOpen = false) {
  return useQuery({
    queryKey: ['capacities', 'company', companyId],
    queryFn: ({ signal }) => getJson<Page<ListingSummary> | ListingSummary[]>(listUrl('capacities', companyId ?? ''), signal),
    enabled: Boolean(companyId),
    select: (data) => openOnly(itemsOf(data), onlyOpen),
  });
}
