import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export const CAPACITY_KINDS = ['EQUIPMENT', 'TEST_LAB', 'CLEAN_ROOM', 'SPACE', 'PRODUCTION'] as const;
export const CAPACITY_UNITS = ['HOURS', 'UNITS', 'SQUARE_METRES'] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** `GET /api/capacities/{id}`: idle equipment, lab, clean room, space or production capacity offered by a company. */
export interface Capacity {
  id: string;
  version: number;
  company: { id: string; names: Localized };
  kind: CapacityKind;
  titles: Localized;
  specifications: Localized | null;
  technologies: string[];
  country: string;
  region: string | null;
  availableFrom: string;
  availableTo: string;
  amountPerMonth: number | null;
  unit: CapacityUnit | null;
  /** Conditions of use, free text. */
  terms: string | null;
  status: 'OPEN' | 'CLOSED';
  createdAt: string;
  updatedAt: string;
}

export type CapacityRequest = Omit<Capacity, 'id' | 'company' | 'createdAt' | 'updatedAt' | 'version'> & {
  version?: number;
};

export const capacityKey = (id: string) => ['capacities', 'one', id] as const;
const capacityPath = (id: string) => `/api/capacities/${encodeURIComponent(id)}`;

export function useCapacity(id: string | undefined) {
  return useQuery({
    queryKey: capacityKey(id ?? ''),
    queryFn: ({ signal }) => getJson<Capacity>(capacityPath(id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

export const fetchCapacity = (id: string) => getJson<Capacity>(capacityPath(id));

export function useSaveCapacity(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CapacityRequest) =>
      id ? putJson<Capacity>(capacityPath(id), request) : postJson<Capacity>('/api/capacities', request),
    onSuccess: (capacity) => {
      queryClient.setQueryData(capacityKey(capacity.id), capacity);
      void queryClient.invalidateQueries({ queryKey: ['capacities', 'company'] });
    },
  });
}
