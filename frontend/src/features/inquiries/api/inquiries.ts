import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import type { InquirySubject } from '@/lib/inquiries';

export type InquiryStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';

/**
 * One thread in the inbox; `counterpartDeleted`: the other company was deleted, its messages are gone and the thread is
 * closed. The document declares `status` as a string. utils/describe.ts reads `subject` and `counterpart` for display.
 */
export type ThreadSummary = Narrowed<Schema<'InquiryViews.Summary'>, { status: InquiryStatus }>;

export type Inbox = Narrowed<Schema<'InquiryViews.Inbox'>, { items: ThreadSummary[] }>;

export type Message = Schema<'InquiryViews.Message'>;

export type Thread = Narrowed<Schema<'InquiryViews.Thread'>, { status: InquiryStatus }>;

const INBOX = ['inquiries', 'inbox'] as const;
const threadKey = (id: string) => ['inquiries', 'thread', id] as const;
const threadPath = (id: string) => `/api/inquiries/${encodeURIComponent(id)}`;

/** My company's inbox; `enabled` is false for users without a company. Polled so the unread badge stays fresh. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: INBOX,
    queryFn: ({ signal }) => getJson<Inbox>('/api/inquiries', signal),
    enabled,
    refetchInterval: 60_000,
    staleTime: 10_000,
  });
}

/** Reading a thread marks it read on the server, so the inbox (and its badge) is fetched again. */
export function useThread(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: threadKey(id),
    queryFn: async ({ signal }) => {
      const thread = await getJson<Thread>(threadPath(id), signal);
      void queryClient.invalidateQueries({ queryKey: INBOX });
      return thread;
    },
    retry: retryServerErrors,
    staleTime: 0,
  });
}

export function useThreadActions(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['inquiries'] });
  return {
    reply: useMutation({
      mutationFn: (body: string) => postJson<Message>(`${threadPath(id)}/messages`, { body }),
      onSuccess: refresh,
    }),
    close: useMutation({ mutationFn: () => postJson<unknown>(`${threadPath(id)}/close`), onSuccess: refresh }),
  };
}

/** Starts a thread about a company, need or capacity listing; the inbox is fetched again afterwards. */
export function useStartInquiry(subject: InquirySubject) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (message: string) =>
      postJson<{ id: string }>('/api/inquiries', { subjectType: subject.type, subjectId: subject.id, message }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inquiries'] }),
  });
}
