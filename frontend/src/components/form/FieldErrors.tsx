import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { fieldId } from '@/lib/forms/fieldErrors';

/** A problem in the UI language: its code through the catalogue, the server's English message otherwise. */
export function errorText(t: TFunction, error: FieldError): string {
  return t(`errors.${error.code}`, { defaultValue: error.message || t('errors.invalid') });
}

export function errorsId(path: string) {
  return `${fieldId(path)}-errors`;
}

/** The errors at one input; `text` words them (a feature's own catalogue), `errorText` by default. */
export function FieldErrors({
  path,
  errors,
  text = errorText,
}: {
  path: string;
  errors: FieldError[];
  text?: (t: TFunction, error: FieldError) => string;
}) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" id={errorsId(path)} data-testid="field-error" data-field={path}>
      {errors.map((error, index) => (
        <li key={index} data-code={error.code}>
          {text(t, error)}
        </li>
      ))}
    </ul>
  );
}

/** Problems the form has no input for (and general failures) above the buttons. */
export function ErrorSummary({ errors, testId = 'form-errors' }: { errors: FieldError[]; testId?: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid={testId}>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            {error.field && <code>{error.field}</code>} {errorText(t, error)}
          </li>
        ))}
      </ul>
    </div>
  );
}
