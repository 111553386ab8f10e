import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';

/**
 * A failed team action as problems: the API's field errors, else its code (`last_owner`, `already_member`, …, shown
 * through the `errors.*` catalogue), with `codes` renaming a code where the action has its own words for it.
 */
export function teamErrors(error: unknown, codes: Record<string, string> = {}): FieldError[] {
  if (error instanceof ApiError && error.errors.length > 0) return error.errors;
  if (error instanceof ApiError) return [clientError('', codes[error.code] ?? error.code, error.message)];
  return [clientError('', 'network', error instanceof Error ? error.message : '')];
}
