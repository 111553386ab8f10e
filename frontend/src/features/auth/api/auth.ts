import { useMutation } from '@tanstack/react-query';
import { postJson } from '@/lib/api-client';
import type { User } from '@/lib/auth/permissions';
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
