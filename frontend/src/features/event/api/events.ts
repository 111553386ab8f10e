import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import { eventKeys, eventPath } from './keys';
import type { EventDetail, EventRequestBody, EventSummary } from './types';

/** `GET /api/events`: every event, public. */
export function useEvents() {
  return useQuery({
    queryKey: eventKeys.list(),
    queryFn: ({ signal }) => getJson<EventSummary[]>('/api/events', signal),
    retry: retryServerErrors,
  });
}

export const fetchEvent = (id: string) => getJson<EventDetail>(eventPath(id));

/** `GET /api/events/{id}`: the event with the reader's own participant and whether they manage it. */
export function useEvent(id: string | undefined) {
  return useQuery({
    queryKey: eventKeys.detail(id ?? ''),
    queryFn: ({ signal }) => getJson<EventDetail>(eventPath(id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

/** Creates (no id) or updates an event. */
export function useSaveEvent(id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EventRequestBody) =>
      id ? putJson<EventDetail>(eventPath(id), body) : postJson<EventDetail>('/api/events', body),
    onSuccess: (event) => {
      queryClient.setQueryData(eventKeys.detail(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventKeys.list() });
    },
  });
}

/** A manager adds an organiser account as co-organiser. */
export function useAddOrganiser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => postJson<EventDetail>(eventPath(id, '/organisers'), { email }),
    onSuccess: (event) => queryClient.setQueryData(eventKeys.detail(id), event),
  });
}
