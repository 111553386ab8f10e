import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { ErrorSummary, FieldErrors } from './FieldErrors';

/** The server's word for a wrong password, in the form's own words. */
export function passwordConfirmErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => (error.field === 'password' && error.code === 'wrong' ? { ...error, code: 'password_wrong' } : error));
}

/**
 * A danger-zone action that cannot be undone (deleting an account or a company): a button opens the form, which asks
 * for the user's password before `onSubmit`. `errors` are the server's (at `password`, or general).
 */
export function PasswordConfirmForm({
  title,
  explanation,
  openLabel,
  submitLabel,
  pending,
  errors,
  onSubmit,
  testId,
}: {
  title: string;
  explanation: ReactNode;
  openLabel: string;
  submitLabel: string;
  pending: boolean;
  errors: FieldError[];
  onSubmit: (password: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMissing(!password);
    if (password) onSubmit(password);
  };
  // two of these forms may share a page: the input's id is the form's own
  const inputId = `${testId}-password`;
  const placed = placeErrors(missing ? [clientError('password', 'required')] : passwordConfirmErrors(errors), ['password']);

  return (
    <section className="card danger-zone" data-testid={testId}>
      <h2>{title}</h2>
      <p className="hint">{explanation}</p>
      {!open ? (
        <button type="button" className="button danger" onClick={() => setOpen(true)} data-testid={`${testId}-open`}>
          {openLabel}
        </button>
      ) : (
        <form onSubmit={submit} noValidate className="form narrow">
          <div className={`field${placed.at('password').length ? ' has-error' : ''}`}>
            <label htmlFor={inputId}>{t('form.confirmPassword')}</label>
            <input
              type="password"
              autoComplete="current-password"
              id={inputId}
              name="password"
              aria-invalid={placed.at('password').length > 0 || undefined}
              data-testid={`${testId}-password`}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
            <FieldErrors path="password" errors={placed.at('password')} />
          </div>
          <ErrorSummary errors={placed.unplaced} testId={`${testId}-error`} />
          <div className="buttons">
            <button type="submit" className="primary danger" disabled={pending} data-testid={`${testId}-submit`}>
              {submitLabel}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)} data-testid={`${testId}-cancel`}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
