import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { download, getJson, putJson, retryServerErrors } from '@/lib/api-client';
import { eventKeys, eventPath } from './keys';
import type { Agenda, Meeting, Outcome } from './types';

const participantQuery = (participantId?: string | null) =>
  participantId ? `?participantId=${encodeURIComponent(participantId)}` : '';

/** My participant's agenda, or (managers) another participant's. */
export function useAgenda(id: string, participantId?: string | null, enabled = true) {
  return useQuery({
    queryKey: eventKeys.agenda(id, participantId ?? undefined),
    queryFn: ({ signal }) => getJson<Agenda>(eventPath(id, `/agenda${participantQuery(participantId)}`), signal),
    enabled,
    retry: retryServerErrors,
  });
}

/** The agenda as iCalendar or CSV, fetched with the token and saved by the browser. */
export function downloadAgenda(id: string, format: 'ics' | 'csv', participantId?: string | null) {
  return download(eventPath(id, `/agenda.${format}${participantQuery(participantId)}`), `agenda.${format}`);
}

export function downloadOutcomes(id: string) {
  return download(eventPath(id, '/outcomes.csv'), 'outcomes.csv');
}

export function useSaveOutcome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, outcome, note }: { meetingId: string; outcome: Outcome; note: string }) =>
      putJson<Meeting>(eventPath(id, `/meetings/${encodeURIComponent(meetingId)}/outcome`), { outcome, note }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}
