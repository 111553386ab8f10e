import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { FieldError } from '@/lib/api-client';
import { FieldErrors } from '@/components/form/FieldErrors';
import { fieldId } from '@/lib/forms/fieldErrors';
import { eventErrorText, type ErrorContext } from '../utils/errors';

/** The errors at one input, in the event catalogue's words. */
export function EventFieldErrors({ path, errors }: { path: string; errors: FieldError[] }) {
  return <FieldErrors path={path} errors={errors} text={eventErrorText} />;
}

/** A label, one input and its errors. */
export function EventField({
  path,
  label,
  errors,
  hint,
  children,
}: {
  path: string;
  label: ReactNode;
  errors: FieldError[];
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className={`field${errors.length ? ' has-error' : ''}`}>
      <label htmlFor={fieldId(path)}>{label}</label>
      {children}
      {hint && <small className="hint">{hint}</small>}
      <EventFieldErrors path={path} errors={errors} />
    </div>
  );
}

/** Problems no input claims, or a failed action's problems. */
export function EventErrorSummary({
  errors,
  context,
  testId = 'event-errors',
}: {
  errors: FieldError[];
  context?: ErrorContext;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid={testId}>
      <ul>
        {errors.map((error, index) => (
          <li key={index} data-code={error.code}>
            {eventErrorText(t, error, context)}
          </li>
        ))}
      </ul>
    </div>
  );
}
