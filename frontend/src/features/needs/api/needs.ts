import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';

export type NeedStatus = Schema<'Status'>;

/**
 * `GET /api/needs/{id}` (the API's `NeedView`); `company` is null when the need is anonymous and the reader is not its
 * firm. The document types `status` as a string.
 */
export type Need = Narrowed<Schema<'NeedView'>, { status: NeedStatus }>;

/** `POST /api/needs`, `PUT /api/needs/{id}` (with the `version` read). */
export type NeedRequest = Schema<'NeedRequest'>;

export const needKey = (id: string) => ['needs', 'one', id] as const;
const needPath = (id: string) => `/api/needs/${encodeURIComponent(id)}`;

export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: needKey(id ?? ''),
    queryFn: ({ signal }) => getJson<Need>(needPath(id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

export const fetchNeed = (id: string) => getJson<Need>(needPath(id));

/** Creates (no id) or updates a need; the company's lists are refreshed either way. */
export function useSaveNeed(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NeedRequest) =>
      id ? putJson<Need>(needPath(id), request) : postJson<Need>('/api/needs', request),
    onSuccess: (need) => {
      queryClient.setQueryData(needKey(need.id), need);
      void queryClient.invalidateQueries({ queryKey: ['needs', 'company'] });
    },
  });
}
