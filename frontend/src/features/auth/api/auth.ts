import { useMutation } from '@tanstack/react-query';
import { downloadAttachment, postJson, putJson, request } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import type { User } from '@/lib/auth/permissions';
import { useEmailConfirmed, useSignIn, useUpdateCurrentUser } from '@/lib/auth/session';
import type { Language } from '@/lib/i18n';

export interface AuthResponse {
  token: string;
  user: User;
}

export type LoginRequest = Schema<'LoginRequest'>;

/** `language`: the language of the e-mails the user will get; the form sends the UI language. */
export type SignupRequest = Narrowed<Schema<'SignUpRequest'>, { language?: Language }>;

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
export type PasswordChange = Schema<'AccountRequests.Change'>;

/** `POST /api/auth/signup` answers 202 whether or not the address was registered: it never tells. */
export interface SignupAccepted {
  status: 'confirmation_sent';
}

/** `POST /api/auth/confirm-email`: the token from the sign-up mail's link. */
export interface EmailConfirmation {
  token: string;
}

/** `DELETE /api/account` and `DELETE /api/companies/{id}`: the user's password, to be sure it is them. */
export interface PasswordConfirmation {
  password: string;
}

/** `PUT /api/account/settings`. */
export interface AccountSettings {
  language: Language;
}

/** The server's password rule (see lib/auth/password.ts). */
export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';

export function useLogin() {
  return useMutation({ mutationFn: (body: LoginRequest) => postJson<AuthResponse>('/api/auth/login', body) });
}

/** Signs up (202, a confirmation mail sent); no session comes back: the page logs in with the same credentials. */
export function useSignup() {
  return useMutation({ mutationFn: (body: SignupRequest) => postJson<SignupAccepted>('/api/auth/signup', body) });
}

/** Confirms the e-mail address with the sign-up mail's token (204); a signed-in user is read again (now confirmed). */
export function useConfirmEmail() {
  const emailConfirmed = useEmailConfirmed();
  return useMutation({
    mutationFn: (body: EmailConfirmation) => postJson<void>('/api/auth/confirm-email', body),
    onSuccess: () => emailConfirmed(),
  });
}

/** Sends the signed-in user's confirmation mail again (202; 429 when asked too often). */
export function useResendConfirmation() {
  return useMutation({ mutationFn: () => postJson<unknown>('/api/auth/confirm-email/resend', {}) });
}

/** Deletes the signed-in user's account (204); the login ends with it. */
export function useDeleteAccount() {
  return useMutation({
    mutationFn: (body: PasswordConfirmation) => request<void>('/api/account', { method: 'DELETE', json: body }),
  });
}

/** The signed-in user's data as a JSON file (`GET /api/account/export`), saved by the browser. */
export const EXPORT_FILENAME = 'musubi-export.json';
export function downloadAccountData(): Promise<void> {
  return downloadAttachment('/api/account/export', EXPORT_FILENAME);
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
