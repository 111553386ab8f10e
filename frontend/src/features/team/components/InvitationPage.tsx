import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/auth/session';
import { pickText } from '@/utils/pickName';
import { useInvitationOffer } from '../api/invitations';
import { AcceptInvitationButton } from './AcceptInvitationButton';
import { InvitationSignupForm } from './InvitationSignupForm';

/**
 * `/invitations/:token`, the invitation mail's link: who invites whom to which company, then either the accept button
 * (signed in) or a sign-up for the invited address.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user, isLoading } = useCurrentUser();
  const { data: offer, isPending, error } = useInvitationOffer(token);

  let content;
  if (isPending || isLoading) {
    content = <p className="status">{t('app.loading')}</p>;
  } else if (error instanceof ApiError && error.status === 404) {
    content = (
      <p className="status error" role="alert" data-testid="invitation-invalid">
        {t('invitation.invalid')}
      </p>
    );
  } else if (error || !offer) {
    content = (
      <p className="status error" role="alert" data-testid="invitation-error">
        {t('invitation.error')}
      </p>
    );
  } else {
    const company = pickText(offer.companyNames, i18n.language) ?? t('company.unnamed');
    content = (
      <>
        <p className="lead" data-testid="invitation-offer">
          {t('invitation.offer', {
            name: offer.invitedBy ?? t('team.someone'),
            company,
            role: t(`team.role.${offer.companyRole}`),
          })}
        </p>
        {user ? (
          <AcceptInvitationButton token={token} offer={offer} user={user} />
        ) : (
          <>
            <InvitationSignupForm token={token} offer={offer} />
            <p>
              {t('invitation.haveAccount')}{' '}
              <Link to="/login" state={{ from: `/invitations/${token}` }} data-testid="invitation-login">
                {t('invitation.loginInstead')}
              </Link>
            </p>
          </>
        )}
      </>
    );
  }

  return (
    <section className="auth-page" data-testid="invitation-page">
      <h1>{t('invitation.title')}</h1>
      {content}
    </section>
  );
}
