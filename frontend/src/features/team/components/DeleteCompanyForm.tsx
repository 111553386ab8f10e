import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordConfirmForm } from '@/components/form/PasswordConfirmForm';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { useDeleteCompany } from '../api/team';
import { useSessionEnded } from '../hooks/useSessionEnded';

/**
 * The danger zone's "Delete company" (owners, with their password). Afterwards the user belongs to no company and the
 * server has ended their login: the app goes to the login page and says so.
 */
export function DeleteCompanyForm({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const remove = useDeleteCompany(companyId);
  const sessionEnded = useSessionEnded();
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = (password: string) => {
    setErrors([]);
    remove.mutate(password, {
      onSuccess: () => sessionEnded('team.companyDeleted'),
      onError: (error) => setErrors(failureErrors(error)),
    });
  };

  return (
    <PasswordConfirmForm
      title={t('team.deleteCompanyTitle')}
      explanation={t('team.deleteCompanyText')}
      openLabel={t('team.deleteCompany')}
      submitLabel={remove.isPending ? t('team.deleting') : t('team.deleteCompanySubmit')}
      pending={remove.isPending}
      errors={errors}
      onSubmit={submit}
      testId="delete-company"
    />
  );
}
