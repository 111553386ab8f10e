import { useMutation } from '@tanstack/react-query';
import { postJson, putJson } from '@/lib/api-client';
import type { User } from '@/lib/auth/permissions';
import { useSignIn, useUpdateCurrentUser } from '@/lib/auth/session';
import type { Language } from '@/lib/i18n';
import type { Localized } from '@/lib/types';

export interface AuthResponse {
  token: string;
  user: User;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export type CompanyKind = 'SME' | 'LARGE_FIRM';

export interface SignupRequest {
  email: string;
  password: string;
  displayName: string;
  company: { kind: CompanyKind; names: Localized; country: string; industry: string };
  /** The language of the e-mails the user will get; the form sends the UI language. */
  language?: Language;
}

/** `POST /api/auth/password-reset`: the answer is the same whether the address is registered or not. */
export interface PasswordResetRequest {
  email: string;
}

/** `POST /api/auth/password-reset/confirm`: the token from the mail's link and the new password. */
export interface PasswordResetConfirmation {
  token: string;
  password: string;
}

/** `POST /api/auth/password`: the signed-in user's password, known, and the new one. */
export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

/** `PUT /api/account/settings`. */
export interface AccountSettings {
  language: Language;
}

/** The server's password rule: 12 to 200 characters, counted as Unicode code points (any script), not a common one. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

export function useLogin() {
  return useMutation({ mutationFn: (body: LoginRequest) => postJson<AuthResponse>('/api/auth/login', body) });
}

export function useSignup() {
  return useMutation({ mutationFn: (body: SignupRequest) => postJson<AuthResponse>('/api/auth/signup', body) });
}

/** Asks for a reset link by mail (202, an empty object). */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetRequest) => postJson<Record<string, never>>('/api/auth/password-reset', body),
  });
}

/** Sets the new password with the mail's token (204). */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: PasswordResetConfirmation) => postJson<void>('/api/auth/password-reset/confirm', body),
  });
}

/**
 * Changes the signed-in user's password. Every earlier token of the user stops working, so the new token that comes
 * back (with the user) is kept at once, as at sign-in; other devices have to log in again.
 */
export function useChangePassword() {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (body: PasswordChange) => postJson<AuthResponse>('/api/auth/password', body),
    onSuccess: ({ token, user }) => signIn(token, user),
  });
}

/** Changes the signed-in user's settings; the user the API answers replaces the one the app knows. */
export function useUpdateAccountSettings() {
  const updateCurrentUser = useUpdateCurrentUser();
  return useMutation({
    mutationFn: (body: AccountSettings) => putJson<User>('/api/account/settings', body),
    onSuccess: (user) => {
      if (user) updateCurrentUser(user);
    },
  });
}
