import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getJson, postJson, putJson } from '@/lib/api-client';
import type { Schema } from '@/lib/api-schema';

export type NotificationItem = Schema<'NotificationViews.Item'>;
export type NotificationPage = Schema<'NotificationViews.Page'>;
export type NotificationType = Schema<'NotificationType'>;
export type Delivery = Schema<'Delivery'>;
export type Preference = Schema<'NotificationViews.Preference'>;
export type Preferences = Schema<'NotificationViews.Preferences'>;
export type Unsubscribed = Schema<'NotificationViews.Unsubscribed'>;

export const PAGE_SIZE = 20;
const ROOT = ['notifications'] as const;
const UNREAD = ['notifications', 'unread'] as const;
const PREFERENCES = ['notifications', 'preferences'] as const;

/** The bell's count; polled, so a request that arrives while the page is open shows up within half a minute. */
export function useUnreadNotifications(enabled: boolean) {
  return useQuery({
    queryKey: UNREAD,
    queryFn: ({ signal }) => getJson<Schema<'NotificationViews.Unread'>>('/api/notifications/unread', signal),
    enabled,
    refetchInterval: 30_000,
    staleTime: 10_000,
  });
}

export function useNotifications(page: number) {
  return useQuery({
    queryKey: [...ROOT, 'page', page],
    queryFn: ({ signal }) => getJson<NotificationPage>(`/api/notifications?page=${page}&size=${PAGE_SIZE}`, signal),
    refetchInterval: 30_000,
  });
}

/** Marks some notifications (or all) read; the list and the bell are fetched again. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) =>
      postJson<Schema<'NotificationViews.Unread'>>('/api/notifications/read', which),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ROOT }),
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: PREFERENCES,
    queryFn: ({ signal }) => getJson<Preferences>('/api/notifications/preferences', signal),
  });
}

export function useChangePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (preferences: Partial<Record<NotificationType, Delivery>>) =>
      putJson<Preferences>('/api/notifications/preferences', { preferences }),
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES, saved),
  });
}

/** The one click of a mail's unsubscribe link: no login, the signed token is the proof. */
export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      postJson<Unsubscribed>(`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`),
  });
}
