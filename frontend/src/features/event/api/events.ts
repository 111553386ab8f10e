import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import { fetchRecord, useRecord, useSaveRecord, type RecordApi } from '@/lib/records';
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

/** Events as records: `GET /api/events/{id}` is the event with the reader's own participant and whether they manage it. */
const EVENTS: RecordApi = { collection: '/api/events', key: eventKeys.detail, lists: eventKeys.list() };

export const fetchEvent = (id: string) => fetchRecord<EventDetail>(EVENTS, id);

export const useEvent = (id: string | undefined) => useRecord<EventDetail>(EVENTS, id);

/** Creates (no id) or updates an event. */
export const useSaveEvent = (id?: string) => useSaveRecord<EventDetail, EventRequestBody>(EVENTS, id);

/** A manager adds an organiser account as co-organiser. */
export function useAddOrganiser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => postJson<EventDetail>(eventPath(id, '/organisers'), { email }),
    onSuccess: (event) => queryClient.setQueryData(eventKeys.detail(id), event),
  });
}
