import { useSearchParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';

/** The token of a mail's link (`?token=…`), trimmed; empty when the link has none. */
export function useLinkToken(): string {
  const [params] = useSearchParams();
  return params.get('token')?.trim() ?? '';
}

/** The server refused the link's token (unknown, used, or expired): only a new mail or link helps. */
export const refusesToken = (error: unknown) =>
  error instanceof ApiError && error.errors.some((e) => e.field === 'token');
