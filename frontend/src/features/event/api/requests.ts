import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import { eventKeys, eventPath } from './keys';
import type { MeetingRequest, Priority } from './types';

export type Box = 'in' | 'out' | 'all';

/** `GET /api/events/{id}/requests?box=`: in/out for my participant, all for managers. */
export function useRequests(id: string, box: Box, enabled = true) {
  return useQuery({
    queryKey: eventKeys.requests(id, box),
    queryFn: ({ signal }) => getJson<MeetingRequest[]>(eventPath(id, `/requests?box=${box}`), signal),
    enabled,
    retry: retryServerErrors,
  });
}

export interface NewRequest {
  toParticipantId: string;
  priority: Priority;
  message: string;
}

export function useSendRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewRequest) => postJson<MeetingRequest>(eventPath(id, '/requests'), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['events', id, 'requests'] }),
  });
}

export type RequestAction = 'accept' | 'decline' | 'withdraw';

/** Accept or decline an incoming request, withdraw an outgoing one; an accepted request becomes a meeting. */
export function useAnswerRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ requestId, action }: { requestId: string; action: RequestAction }) =>
      postJson<MeetingRequest>(eventPath(id, `/requests/${encodeURIComponent(requestId)}/${action}`)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}
