import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { notice } from '@/lib/notice';
import { useHandOver, useRemoveMember, type Member } from '../api/team';
import { useSessionEnded } from '../hooks/useSessionEnded';
import { ConfirmButton } from './ConfirmButton';

/** One member as the viewer sees them: whether it is the viewer themself, and whether the viewer owns the company. */
export interface MemberView {
  companyId: string;
  member: Member;
  self: boolean;
  owner: boolean;
}

/**
 * What can be done with one member: owners remove the others or hand ownership over to them; everyone can leave the
 * company on their own row (their login ends with it).
 */
export function MemberActions({ companyId, member, self, owner }: MemberView) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const sessionEnded = useSessionEnded();
  const remove = useRemoveMember(companyId);
  const handOver = useHandOver(companyId);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const name = member.displayName;

  const leave = () => {
    setErrors([]);
    remove.mutate(member.userId, {
      onSuccess: () => sessionEnded('team.leftNotice'),
      onError: (error) => setErrors(failureErrors(error, { last_owner: 'last_owner_leave' })),
    });
  };
  const removeMember = () => {
    setErrors([]);
    remove.mutate(member.userId, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const handOverTo = () => {
    setErrors([]);
    handOver.mutate(member.userId, {
      onSuccess: () => navigate('/my/team', { replace: true, state: notice('team.handedOver') }),
      onError: (error) => setErrors(failureErrors(error)),
    });
  };

  return (
    <div className="member-actions">
      {self && (
        <ConfirmButton label={t('team.leave')} question={t('team.leaveQuestion')} confirmLabel={t('team.leaveConfirm')}
          onConfirm={leave} pending={remove.isPending} testId="member-leave" />
      )}
      {owner && !self && (
        <>
          <ConfirmButton label={t('team.handOver')} question={t('team.handOverQuestion', { name })}
            confirmLabel={t('team.handOverConfirm')} onConfirm={handOverTo} pending={handOver.isPending}
            testId="member-hand-over" />
          <ConfirmButton label={t('team.remove')} question={t('team.removeQuestion', { name })}
            confirmLabel={t('team.removeConfirm')} onConfirm={removeMember} pending={remove.isPending}
            testId="member-remove" />
        </>
      )}
      <ErrorSummary errors={errors} testId="member-error" />
    </div>
  );
}
