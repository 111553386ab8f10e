import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from './api-client';

/**
 * A kind of record the API reads at `{collection}/{id}`, creates with `POST {collection}` and updates with
 * `PUT {collection}/{id}` (needs, capacities, events): where it is, its query key, and the key of its lists.
 */
export interface RecordApi {
  collection: string;
  key: (id: string) => QueryKey;
  lists: QueryKey;
}

export const recordPath = (api: RecordApi, id: string) => `${api.collection}/${encodeURIComponent(id)}`;

/** `GET {collection}/{id}`, once there is an id. */
export function useRecord<T>(api: RecordApi, id: string | undefined) {
  return useQuery({
    queryKey: api.key(id ?? ''),
    queryFn: ({ signal }) => getJson<T>(recordPath(api, id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

export const fetchRecord = <T>(api: RecordApi, id: string) => getJson<T>(recordPath(api, id));

/** Creates (no id) or updates a record; its query then holds the saved record, and its lists are read again. */
export function useSaveRecord<T extends { id: string }, R>(api: RecordApi, id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: R) => (id ? putJson<T>(recordPath(api, id), request) : postJson<T>(api.collection, request)),
    onSuccess: (saved) => {
      queryClient.setQueryData(api.key(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: api.lists });
    },
  });
}
