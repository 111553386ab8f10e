import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';

export type CapacityKind = Schema<'Capacity.Kind'>;
export type CapacityUnit = Schema<'Capacity.Unit'>;
export const CAPACITY_KINDS = [
  'EQUIPMENT',
  'TEST_LAB',
  'CLEAN_ROOM',
  'SPACE',
  'PRODUCTION',
] as const satisfies readonly CapacityKind[];
export const CAPACITY_UNITS = ['HOURS', 'UNITS', 'SQUARE_METRES'] as const satisfies readonly CapacityUnit[];

/**
 * `GET /api/capacities/{id}` (the API's `CapacityView`): idle equipment, lab, clean room, space or production capacity
 * offered by a company. The document types `kind`, `unit` and `status` as strings.
 */
export type Capacity = Narrowed<
  Schema<'CapacityView'>,
  { kind: CapacityKind; unit?: CapacityUnit | null; status: Schema<'Status'> }
>;

/** `POST /api/capacities`, `PUT /api/capacities/{id}` (with the `version` read). */
export type CapacityRequest = Schema<'CapacityRequest'>;

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
