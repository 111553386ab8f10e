import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { InputField } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { SubmitButton } from '@/components/form/SubmitButton';
import { ApiError, type FieldError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/session';
import { clientError, placeErrors, problemsOf } from '@/lib/forms/fieldErrors';
import { useChangePassword } from '../api/auth';
import { passwordFieldErrors, validatePassword } from '../api/validateSignup';
import { NewPasswordField } from './NewPasswordField';

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
        <InputField path="currentPassword" label={t('settings.currentPassword')} errors={placed.at('currentPassword')}
          type="password" autoComplete="current-password" data-testid="password-current" value={currentPassword}
          onChange={setCurrentPassword} />
        <NewPasswordField path="newPassword" errors={placed.at('newPassword')} data-testid="password-new"
          value={newPassword} onChange={setNewPassword} />
        <ErrorSummary errors={placed.unplaced} testId="password-error" />
        {changed && (
          <p className="status success" role="status" data-testid="password-changed">
            {t('settings.passwordChanged')}
          </p>
        )}
        <SubmitButton pending={change.isPending} pendingLabel={t('settings.saving')} data-testid="password-submit">
          {t('settings.passwordSubmit')}
        </SubmitButton>
      </form>
    </section>
  );
}
