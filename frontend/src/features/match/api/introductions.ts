import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import type { Localized } from '@/lib/types';

export const INTRODUCTION_STATUSES = ['INTRODUCED', 'MEETING_HELD', 'NEGOTIATING', 'DEAL', 'NO_FIT'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Who changed the status: docs/API.md names the field `by` without its shape, so a name, an id or a user is read. */
export type HistoryAuthor = string | { id?: string | null; displayName?: string | null } | null;

export interface HistoryEntry {
  status: IntroductionStatus | string;
  note: string | null;
  at: string;
  by: HistoryAuthor;
}

export interface Introduction {
  id: string;
  companyA: { id: string; names: Localized };
  companyB: { id: string; names: Localized };
  need: { id: string; titles: Localized } | null;
  note: string | null;
  status: IntroductionStatus | string;
  history: HistoryEntry[];
  coordinator: { id: string; displayName: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface IntroductionRequest {
  companyA: string;
  companyB: string;
  needId?: string;
  note: string;
}

const INTRODUCTIONS = ['introductions'] as const;

/** Coordinators: their own; admins: all; members: those involving their company. */
export function useIntroductions() {
  return useQuery({
    queryKey: INTRODUCTIONS,
    queryFn: ({ signal }) => getJson<Introduction[]>('/api/introductions', signal),
    retry: retryServerErrors,
    select: (items) => [...(items ?? [])].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')),
  });
}

export function useIntroduce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IntroductionRequest) => postJson<Introduction>('/api/introductions', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: INTRODUCTIONS }),
  });
}

/** `POST /api/introductions/{id}/status`; the answer (the introduction, when the server sends it) replaces the old, else the list is fetched again. */
export function useChangeStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { status: IntroductionStatus; note: string }) =>
      postJson<Introduction | undefined>(`/api/introductions/${encodeURIComponent(id)}/status`, change),
    onSuccess: (updated) => {
      if (updated && updated.id === id) {
        queryClient.setQueryData<Introduction[]>(INTRODUCTIONS, (items) => items?.map((i) => (i.id === id ? updated : i)));
        return undefined;
      }
      return queryClient.invalidateQueries({ queryKey: INTRODUCTIONS });
    },
  });
}
