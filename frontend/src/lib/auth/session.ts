import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ApiError, getJson, postJson } from '../api-client';
import type { Narrowed, Schema } from '../api-schema';
import type { User } from './permissions';
import { clearToken, getToken, setToken, useToken } from './token';

const ME = ['auth', 'me'] as const;

/** What sign-in, a password change, a hand-over or an accepted invitation answer: a new token and its user. */
export type Session = Narrowed<Schema<'AccountService.Session'>, { user: User }>;

/** The signed-in user (`GET /api/auth/me`), null when signed out; a token the API refuses is dropped. */
export function useCurrentUser(): { user: User | null; isLoading: boolean } {
  const token = useToken();
  const query = useQuery({
    queryKey: [...ME, token],
    queryFn: ({ signal }) => getJson<User>('/api/auth/me', signal),
    enabled: Boolean(token),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const refused = query.error instanceof ApiError && query.error.status === 401;
  useEffect(() => {
    if (refused) clearToken();
  }, [refused]);
  return { user: token ? (query.data ?? null) : null, isLoading: Boolean(token) && query.isPending };
}

/** Keeps the token from sign-up, login or a password change and the user that came with it. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return (token: string, user: User) => {
    const previous = queryClient.getQueryData<User>([...ME, getToken()]);
    queryClient.setQueryData([...ME, token], user);
    setToken(token);
    // a profile shows each reader only the contact details meant for them: read again as another user (the same
    // user's new token, after a password change, reads the same, and the page they are on stays as it is)
    if (previous?.id !== user.id) queryClient.removeQueries({ queryKey: ['company'] });
  };
}

/** Replaces the signed-in user with the one the API answered (e.g. after a change of the account settings). */
export function useUpdateCurrentUser() {
  const queryClient = useQueryClient();
  return (user: User) => queryClient.setQueriesData<User>({ queryKey: ME }, (old) => (old ? user : old));
}

/**
 * The signed-in user's address is confirmed: says so at once (a read of the user that was under way when the link
 * was followed may answer from before), then reads the user again.
 */
export function useEmailConfirmed() {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.cancelQueries({ queryKey: ME });
    queryClient.setQueriesData<User>({ queryKey: ME }, (old) => (old ? { ...old, emailConfirmed: true } : old));
    return queryClient.invalidateQueries({ queryKey: ME });
  };
}

/**
 * Forgets the token and everything only the signed-in user may see, without asking the server: for when the server
 * has ended the login itself (the user left their company, it was deleted, or the account was).
 */
export function useClearSession() {
  const queryClient = useQueryClient();
  return () => {
    clearToken();
    for (const key of ['auth', 'inquiries', 'recommendations', 'introductions', 'events', 'company', 'team']) {
      queryClient.removeQueries({ queryKey: [key] });
    }
  };
}

/**
 * Ends the login on the server (every token of the user stops working, on every device), then forgets the token and
 * everything only the signed-in user may see. The local sign-out happens even if the server cannot be reached.
 */
export function useSignOut() {
  const clearSession = useClearSession();
  return () => {
    postJson('/api/auth/logout').catch(() => undefined);
    clearSession();
  };
}
