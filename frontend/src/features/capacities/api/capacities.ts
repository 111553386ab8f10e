import type { Narrowed, Schema } from '@/lib/api-schema';
import { fetchRecord, useRecord, useSaveRecord, type RecordApi } from '@/lib/records';

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

const CAPACITIES: RecordApi = {
  collection: '/api/capacities',
  key: (id) => ['capacities', 'one', id],
  lists: ['capacities', 'company'],
};

export const useCapacity = (id: string | undefined) => useRecord<Capacity>(CAPACITIES, id);

export const fetchCapacity = (id: string) => fetchRecord<Capacity>(CAPACITIES, id);

/** Creates (no id) or updates a capacity; the company's lists are refreshed either way. */
export const useSaveCapacity = (id?: string) => useSaveRecord<Capacity, CapacityRequest>(CAPACITIES, id);
