import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, inputProps } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { ApiError, type FieldError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/session';
import { clientError, placeErrors, problemsOf } from '@/lib/forms/fieldErrors';
import { MIN_PASSWORD_LENGTH, useChangePassword } from '../api/auth';
import { passwordFieldErrors, validatePassword } from '../api/validateSignup';

/** The server's field errors in the form's words: a wrong current password has its own text. */
function changeErrors(errors: FieldError[], newPassword: string): FieldError[] {
  return passwordFieldErrors(errors, newPassword, 'newPassword').map((error) =>
    error.field === 'currentPassword' && error.code === 'wrong' ? { ...error, code: 'current_password_wrong' } : error,
  );
}

/**
 * The signed-in user's new password (`POST /api/auth/password`). The user stays signed in here with the token that
 * comes back; every other session of the user ends.
 */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [changed, setChanged] = useState(false);

  if (!user) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...(currentPassword ? [] : [clientError('currentPassword', 'required')]),
      ...validatePassword(newPassword, 'newPassword'),
    ];
    setErrors(problems);
    setChanged(false);
    if (problems.length) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setChanged(true);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 401) setErrors([clientError('', 'unauthorized')]);
          else setErrors(changeErrors(problemsOf(error).errors, newPassword));
        },
      },
    );
  };
  const placed = placeErrors(errors, ['currentPassword', 'newPassword']);

  return (
    <section className="card" data-testid="change-password">
      <h2>{t('settings.passwordTitle')}</h2>
      <form onSubmit={submit} noValidate className="form narrow">
        <Field path="currentPassword" label={t('settings.currentPassword')} errors={placed.at('currentPassword')}>
          <input
            type="password"
            autoComplete="current-password"
            {...inputProps('currentPassword', placed.at('currentPassword'))}
            data-testid="password-current"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
          />
        </Field>
        <Field
          path="newPassword"
          label={t('auth.newPassword')}
          errors={placed.at('newPassword')}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        >
          <input
            type="password"
            autoComplete="new-password"
            {...inputProps('newPassword', placed.at('newPassword'))}
            data-testid="password-new"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        </Field>
        <ErrorSummary errors={placed.unplaced} testId="password-error" />
        {changed && (
          <p className="status success" role="status" data-testid="password-changed">
            {t('settings.passwordChanged')}
          </p>
        )}
        <button type="submit" className="primary" disabled={change.isPending} data-testid="password-submit">
          {change.isPending ? t('settings.saving') : t('settings.passwordSubmit')}
        </button>
      </form>
    </section>
  );
}
