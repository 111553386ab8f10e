import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson, retryServerErrors, upload } from '@/lib/api-client';
import type { Page } from '@/lib/types';
import { eventKeys, eventPath } from './keys';
import type { EventRecommendation, Participant, ParticipantImport, RegistrationBody } from './types';

export interface ParticipantQuery {
  q?: string;
  role?: string;
  page?: number;
  size?: number;
}

export function participantsUrl(id: string, { q, role, page = 0, size = 20 }: ParticipantQuery): string {
  const params = new URLSearchParams();
  if (q?.trim()) params.set('q', q.trim());
  if (role) params.set('role', role);
  params.set('page', String(page));
  params.set('size', String(size));
  return eventPath(id, `/participants?${params}`);
}

/** `GET /api/events/{id}/participants`: the event's participants, searched and filtered, a page at a time. */
export function useParticipants(id: string, query: ParticipantQuery, enabled = true) {
  return useQuery({
    queryKey: eventKeys.participants(id, query),
    queryFn: ({ signal }) => getJson<Page<Participant>>(participantsUrl(id, query), signal),
    enabled,
    placeholderData: keepPreviousData,
    retry: retryServerErrors,
  });
}

/** Registers the reader's company (or, with a participant, updates its registration). */
export function useRegister(id: string, participant?: Participant | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<RegistrationBody, 'companyId' | 'version'>) =>
      participant
        ? putJson<Participant>(eventPath(id, `/participants/${encodeURIComponent(participant.id)}`), {
            ...body,
            version: participant.version,
          })
        : postJson<Participant>(eventPath(id, '/participants'), body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.list() });
    },
  });
}

/** A manager's CSV import of participants. */
export function useImportParticipants(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => upload<ParticipantImport>(eventPath(id, '/participants/import'), file),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

/** `GET /api/events/{id}/recommendations`: ranked participants for my participant. */
export function useEventRecommendations(id: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.recommendations(id),
    queryFn: ({ signal }) =>
      getJson<{ items: EventRecommendation[] }>(eventPath(id, '/recommendations?size=20'), signal),
    enabled,
    retry: retryServerErrors,
  });
}
