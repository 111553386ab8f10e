import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PasswordConfirmForm } from '@/components/form/PasswordConfirmForm';
import { ApiError, type FieldError } from '@/lib/api-client';
import { useClearSession } from '@/lib/auth/session';
import { clientError, problemsOf } from '@/lib/forms/fieldErrors';
import { notice } from '@/lib/notice';
import { useDeleteAccount } from '../api/auth';

/** Why the account cannot go: the last owner of a company has to hand it over (or delete the company) first. */
function deleteErrors(error: unknown): FieldError[] {
  if (error instanceof ApiError && error.code === 'last_owner') return [clientError('', 'last_owner_account')];
  return problemsOf(error).errors;
}

/** "Delete my account" (`DELETE /api/account`, with the password): the login ends and the app goes home. */
export function DeleteAccountForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clearSession = useClearSession();
  const remove = useDeleteAccount();
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (password: string) => {
    setErrors([]);
    remove.mutate(
      { password },
      {
        onSuccess: () => {
          navigate('/', { replace: true, state: notice('settings.accountDeleted') });
          clearSession();
        },
        onError: (error) => setErrors(deleteErrors(error)),
      },
    );
  };

  return (
    <PasswordConfirmForm
      title={t('settings.deleteAccountTitle')}
      explanation={t('settings.deleteAccountText')}
      openLabel={t('settings.deleteAccount')}
      submitLabel={remove.isPending ? t('settings.deleting') : t('settings.deleteAccountSubmit')}
      pending={remove.isPending}
      errors={errors}
      onSubmit={submit}
      testId="delete-account"
    />
  );
}
