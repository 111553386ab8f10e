import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, getJson, postJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';

export const INTRODUCTION_STATUSES = [
  'INTRODUCED',
  'MEETING_HELD',
  'NEGOTIATING',
  'DEAL',
  'NO_FIT',
] as const satisfies readonly Schema<'Introduction.Status'>[];
export type IntroductionStatus = Schema<'Introduction.Status'>;

/** Who changed the status. */
export type HistoryAuthor = Schema<'IntroductionService.Person'>;

/** The document declares `status` as a string. */
export type HistoryEntry = Narrowed<Schema<'IntroductionService.Event'>, { status: IntroductionStatus }>;

/** The firm behind an anonymous need answers whether it may be named to the other company. */
export type FirmConsent = 'PENDING' | 'ACCEPTED' | 'DECLINED';

export type IntroducedCompany = Schema<'IntroductionService.CompanyRef'>;

/**
 * `companyA` / `companyB` is null when it is the firm behind an anonymous need that has not agreed to be named to
 * this reader; `firmConsent` is null when the introduction concerns no anonymous need; `mayAnswerConsent`: the reader
 * answers for that firm and it has not answered yet. The document declares `status` and `firmConsent` as strings.
 */
export type Introduction = Narrowed<
  Schema<'IntroductionService.View'>,
  { status: IntroductionStatus; firmConsent?: FirmConsent | null; history: HistoryEntry[] }
>;

export type IntroductionRequest = Schema<'IntroductionRequests.Create'>;

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

/** After a change: the answer (the introduction, when the server sends it) replaces the old, else the list is fetched again. */
function useReplaceIntroduction(id: string) {
  const queryClient = useQueryClient();
  return (updated: Introduction | undefined) => {
    if (updated && updated.id === id) {
      queryClient.setQueryData<Introduction[]>(INTRODUCTIONS, (items) => items?.map((i) => (i.id === id ? updated : i)));
      return undefined;
    }
    return queryClient.invalidateQueries({ queryKey: INTRODUCTIONS });
  };
}

/** `POST /api/introductions/{id}/status`. */
export function useChangeStatus(id: string) {
  const replace = useReplaceIntroduction(id);
  return useMutation({
    mutationFn: (change: { status: IntroductionStatus; note: string }) =>
      postJson<Introduction | undefined>(`/api/introductions/${encodeURIComponent(id)}/status`, change),
    onSuccess: replace,
  });
}

/**
 * `POST /api/introductions/{id}/consent`: the firm behind the anonymous need agrees to be named, or declines.
 * A 409 (answered already, e.g. by a colleague) fetches the list again, so the card shows the answer given.
 */
export function useAnswerConsent(id: string) {
  const queryClient = useQueryClient();
  const replace = useReplaceIntroduction(id);
  return useMutation({
    mutationFn: (accept: boolean) =>
      postJson<Introduction | undefined>(`/api/introductions/${encodeURIComponent(id)}/consent`, { accept }),
    onSuccess: replace,
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) void queryClient.invalidateQueries({ queryKey: INTRODUCTIONS });
    },
  });
}
