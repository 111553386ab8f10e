import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { formatDate } from '@/utils/dates';
import { useInvitations, useRevokeInvitation } from '../api/team';
import { ConfirmButton } from './ConfirmButton';

/** The pending invitations (owners): who was invited as what, by whom, until when; each can be revoked. */
export function InvitationList({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const { data: invitations, isPending, isError } = useInvitations(companyId, true);
  const revoke = useRevokeInvitation(companyId);
  const [errors, setErrors] = useState<FieldError[]>([]);

  let content;
  if (isPending) content = <p className="status">{t('app.loading')}</p>;
  else if (isError || !invitations) {
    content = (
      <p className="status error" role="alert" data-testid="invitations-error">
        {t('team.invitationsError')}
      </p>
    );
  } else if (invitations.length === 0) {
    content = <p className="status" data-testid="invitations-empty">{t('team.noInvitations')}</p>;
  } else {
    content = (
      <ul className="invitations">
        {invitations.map((invitation) => (
          <li key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
            <strong>{invitation.email}</strong> · {t(`team.role.${invitation.companyRole}`)} ·{' '}
            <span className="hint">
              {t('team.invitedBy', {
                name: invitation.invitedBy ?? t('team.someone'),
                date: formatDate(invitation.createdAt, i18n.language),
              })}{' '}
              {t('team.expires', { date: formatDate(invitation.expiresAt, i18n.language) })}
            </span>{' '}
            <ConfirmButton
              label={t('team.revoke')}
              question={t('team.revokeQuestion', { email: invitation.email })}
              confirmLabel={t('team.revokeConfirm')}
              pending={revoke.isPending}
              onConfirm={() => {
                setErrors([]);
                revoke.mutate(invitation.id, { onError: (error) => setErrors(failureErrors(error)) });
              }}
              testId="invitation-revoke"
            />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <section className="card" data-testid="team-invitations">
      <h2>{t('team.invitations')}</h2>
      {content}
      <ErrorSummary errors={errors} testId="invitation-error" />
    </section>
  );
}
