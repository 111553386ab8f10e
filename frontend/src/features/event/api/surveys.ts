import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson, retryServerErrors } from '@/lib/api-client';
import { eventKeys, eventPath } from './keys';
import type { SurveyQuestion, SurveyRound } from './types';

/** Managers: the event's follow-up survey rounds, earliest first. */
export function useSurveyRounds(id: string) {
  return useQuery({
    queryKey: eventKeys.surveys(id),
    queryFn: ({ signal }) => getJson<SurveyRound[]>(eventPath(id, '/surveys'), signal),
    retry: retryServerErrors,
  });
}

/** Schedules a round `monthsAfter` months after the fair's last day; the rounds and the dashboard are read again. */
export function useAddSurveyRound(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (monthsAfter: number) => postJson<SurveyRound>(eventPath(id, '/surveys'), { monthsAfter }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

/** Takes back a round nobody has been mailed for yet. */
export function useRemoveSurveyRound(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (roundId: string) => deleteJson(eventPath(id, `/surveys/${encodeURIComponent(roundId)}`)),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

const answerPath = '/api/surveys/answer';

/** What a survey mail's link would record; reading it records nothing (no login: the signed token is the proof). */
export function useSurveyQuestion(token: string) {
  return useQuery({
    queryKey: ['surveys', 'answer', token],
    queryFn: ({ signal }) => getJson<SurveyQuestion>(`${answerPath}?token=${encodeURIComponent(token)}`, signal),
    enabled: token !== '',
    retry: retryServerErrors,
  });
}

/** Records the link's answer; another link for the same meeting replaces it. */
export function useAnswerSurvey() {
  return useMutation({
    mutationFn: (token: string) => postJson<SurveyQuestion>(answerPath, { token }),
  });
}
