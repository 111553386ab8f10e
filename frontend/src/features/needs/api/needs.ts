import type { Narrowed, Schema } from '@/lib/api-schema';
import { fetchRecord, useRecord, useSaveRecord, type RecordApi } from '@/lib/records';

export type NeedStatus = Schema<'Status'>;

/**
 * `GET /api/needs/{id}` (the API's `NeedView`); `company` is null when the need is anonymous and the reader is not its
 * firm. The document types `status` as a string.
 */
export type Need = Narrowed<Schema<'NeedView'>, { status: NeedStatus }>;

/** `POST /api/needs`, `PUT /api/needs/{id}` (with the `version` read). */
export type NeedRequest = Schema<'NeedRequest'>;

const NEEDS: RecordApi = {
  collection: '/api/needs',
  key: (id) => ['needs', 'one', id],
  lists: ['needs', 'company'],
};

export const useNeed = (id: string | undefined) => useRecord<Need>(NEEDS, id);

export const fetchNeed = (id: string) => fetchRecord<Need>(NEEDS, id);

/** Creates (no id) or updates a need; the company's lists are refreshed either way. */
export const useSaveNeed = (id?: string) => useSaveRecord<Need, NeedRequest>(NEEDS, id);
