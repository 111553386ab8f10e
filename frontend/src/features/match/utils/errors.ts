import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';

/** A failed write as field errors: the API's own, else one general problem (its code, or "network"). */
export function failureErrors(error: unknown): FieldError[] {
  if (error instanceof ApiError && error.errors.length > 0) return error.errors;
  if (error instanceof ApiError) return [clientError('', error.code, error.message)];
  return [clientError('', 'network', error instanceof Error ? error.message : '')];
}
