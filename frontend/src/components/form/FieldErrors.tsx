import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
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

/** A general problem: the field it is about (when the server named one) and the problem in the UI language. */
function summaryItem(t: TFunction, error: FieldError): ReactNode {
  return (
    <>
      {error.field && <code>{error.field}</code>} {errorText(t, error)}
    </>
  );
}

/** Problems the form has no input for (and general failures) above the buttons; `item` words one of them. */
export function ErrorSummary({
  errors,
  testId = 'form-errors',
  item = summaryItem,
}: {
  errors: FieldError[];
  testId?: string;
  item?: (t: TFunction, error: FieldError) => ReactNode;
}) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" data-testid={testId}>
      <ul>
        {errors.map((error, index) => (
          <li key={index} data-code={error.code}>
            {item(t, error)}
          </li>
        ))}
      </ul>
    </div>
  );
}
