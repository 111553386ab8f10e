import type { FieldError } from '@/lib/api-client';
import { ErrorSummary, FieldErrors } from '@/components/form/FieldErrors';
import { eventErrorText, type ErrorContext } from '../utils/errors';

/** The errors at one input, in the event catalogue's words. */
export function EventFieldErrors({ path, errors }: { path: string; errors: FieldError[] }) {
  return <FieldErrors path={path} errors={errors} text={eventErrorText} />;
}

/** Problems no input claims, or a failed action's problems, in the event catalogue's words (for the `context`). */
export function EventErrorSummary({
  errors,
  context,
  testId = 'event-errors',
}: {
  errors: FieldError[];
  context?: ErrorContext;
  testId?: string;
}) {
  return <ErrorSummary errors={errors} testId={testId} item={(t, error) => eventErrorText(t, error, context)} />;
}
