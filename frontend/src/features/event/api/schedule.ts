import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson, putJson, retryServerErrors } from '@/lib/api-client';
import type { Schema } from '@/lib/api-schema';
import { eventKeys, eventPath } from './keys';
import type { Dashboard, Meeting, ScheduleRun, ScheduleView } from './types';

export function useSchedule(id: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.schedule(id),
    queryFn: ({ signal }) => getJson<ScheduleView>(eventPath(id, '/schedule'), signal),
    enabled,
    retry: retryServerErrors,
  });
}

/** Runs the scheduler (pinned meetings stay); everything about the event is read again afterwards. */
export function useRunScheduler(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postJson<ScheduleRun>(eventPath(id, '/schedule/run')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

export type SchedulePublished = Schema<'ScheduleAnnouncements.Published'>;

/** Tells every participant with meetings its agenda (notice, mail with .ics); later moves are told as they happen. */
export function usePublishSchedule(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => postJson<SchedulePublished>(eventPath(id, '/schedule/publish')),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

export interface Placement {
  slot: number;
  table: number;
  pinned: boolean;
}

/** Moves or pins a meeting (`PUT …/placement`), or takes it out of the schedule (`DELETE`, placement null). */
export function usePlaceMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ meetingId, placement }: { meetingId: string; placement: Placement | null }) => {
      const path = eventPath(id, `/meetings/${encodeURIComponent(meetingId)}/placement`);
      return placement ? putJson<Meeting>(path, placement) : deleteJson<Meeting>(path);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: eventKeys.one(id) }),
  });
}

export function useDashboard(id: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.dashboard(id),
    queryFn: ({ signal }) => getJson<Dashboard>(eventPath(id, '/dashboard'), signal),
    enabled,
    retry: retryServerErrors,
  });
}
