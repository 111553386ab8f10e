import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { ApiError } from '@/lib/api-client';
import type { User } from '@/lib/auth/permissions';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { type InvitationOffer, useAcceptInvitation } from '../api/invitations';

/** Signed in: joins the team with this account (its address must be the invited one, and it must have no company). */
export function AcceptInvitationButton({ token, offer, user }: { token: string; offer: InvitationOffer; user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token, () => navigate('/my/team', { replace: true }));
  const error = accept.error;

  let problem = null;
  if (error instanceof ApiError && error.code === 'invitation_for_other_address') {
    problem = (
      <p className="status error" role="alert" data-testid="accept-error">
        {t('invitation.otherAddress', { email: offer.email, current: user.email })}
      </p>
    );
  } else if (error) {
    problem = <ErrorSummary errors={failureErrors(error)} testId="accept-error" />;
  }

  return (
    <>
      <button
        type="button"
        className="primary"
        disabled={accept.isPending}
        onClick={() => accept.mutate({})}
        data-testid="accept-invitation"
      >
        {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
      </button>
      {problem}
    </>
  );
}
