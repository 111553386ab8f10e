import { ApiError } from './api-client';

/**
 * Whether the server refused for too many requests (429: failed logins, sign-ups from one address, confirmation
 * mails, invitations), and how many whole minutes its `Retry-After` asks to wait (null when it did not say).
 */
export function rateLimited(error: unknown): { minutes: number | null } | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  return { minutes: error.retryAfter == null ? null : Math.max(1, Math.ceil(error.retryAfter / 60)) };
}
