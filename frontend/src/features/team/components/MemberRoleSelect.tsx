import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { Select } from '@/components/form/Select';
import type { FieldError } from '@/lib/api-client';
import type { CompanyRole } from '@/lib/auth/permissions';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { COMPANY_ROLES, useChangeRole, type Member } from '../api/team';

/** A member's company role: a choice for owners (of the other members' roles), plain text for everyone else. */
export function MemberRoleSelect({ companyId, member, editable }: { companyId: string; member: Member; editable: boolean }) {
  const { t } = useTranslation();
  const change = useChangeRole(companyId);
  const [errors, setErrors] = useState<FieldError[]>([]);

  if (!editable) return <span data-testid="member-role">{t(`team.role.${member.companyRole}`)}</span>;

  const choose = (companyRole: CompanyRole) => {
    setErrors([]);
    change.mutate({ userId: member.userId, companyRole }, { onError: (error) => setErrors(failureErrors(error)) });
  };
  return (
    <>
      <Select
        aria-label={t('team.roleOf', { name: member.displayName })}
        value={member.companyRole}
        disabled={change.isPending}
        onChange={choose}
        data-testid="member-role-select"
        options={COMPANY_ROLES}
        optionLabel={(role) => t(`team.role.${role}`)}
      />
      <ErrorSummary errors={errors} testId="member-role-error" />
    </>
  );
}
