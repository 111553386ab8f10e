import { useQuery } from '@tanstack/react-query';
import { getJson } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';

type ListingStatus = Schema<'Status'>;
type NeedSummary = Narrowed<Schema<'NeedView'>, { status: ListingStatus }>;
type CapacitySummary = Narrowed<Schema<'CapacityView'>, { status: ListingStatus }>;

/**
 * A company's needs and capacity listings as its pages list them (the needs / capacities features own the rest): the
 * fields both views share, and `anonymous` / `deadline` (needs) or `kind` (capacity) where the listing has them.
 */
export type ListingSummary = Pick<NeedSummary, 'id' | 'titles' | 'status' | 'updatedAt'> &
  Partial<Pick<NeedSummary, 'anonymous' | 'deadline'>> &
  Partial<Pick<CapacitySummary, 'kind'>>;

const LIST_SIZE = 50;

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
      getJson<ListingSummary[]>(listUrl('needs', companyId ?? '', onlyOpen ? 'OPEN' : undefined), signal),
    enabled: Boolean(companyId),
    select: (data) => openOnly(data, onlyOpen),
  });
}

export function useCompanyCapacities(companyId: string | null | undefined, onlyOpen = false) {
  return useQuery({
    queryKey: ['capacities', 'company', companyId],
    queryFn: ({ signal }) => getJson<ListingSummary[]>(listUrl('capacities', companyId ?? ''), signal),
    enabled: Boolean(companyId),
    select: (data) => openOnly(data, onlyOpen),
  });
}
