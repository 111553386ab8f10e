import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Field, inputProps } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { ApiError, type FieldError } from '@/lib/api-client';
import { MIN_PASSWORD_LENGTH, passwordFieldErrors, validatePassword } from '@/lib/auth/password';
import { clientError, failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import { normaliseLanguage } from '@/lib/i18n';
import { type InvitationOffer, useAcceptInvitation } from '../api/invitations';

/**
 * Not signed in: a new account for the invited address, made by accepting (the address is the invitation's and is
 * confirmed by the mail's link; the e-mails come in the UI language). An address that has an account must log in.
 */
export function InvitationSignupForm({ token, offer }: { token: string; offer: InvitationOffer }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token, () => navigate('/my/team', { replace: true }));
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [registered, setRegistered] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = [
      ...(displayName.trim() ? [] : [clientError('displayName', 'required')]),
      ...validatePassword(password),
    ];
    setErrors(problems);
    setRegistered(false);
    if (problems.length) return;
    accept.mutate(
      { displayName: displayName.trim(), password, language: normaliseLanguage(i18n.language) },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'email_registered') setRegistered(true);
          else setErrors(passwordFieldErrors(failureErrors(error), password));
        },
      },
    );
  };
  const placed = placeErrors(errors, ['displayName', 'password']);

  return (
    <form onSubmit={submit} noValidate className="form narrow" data-testid="invitation-signup">
      <div className="field">
        <label htmlFor="invitation-email">{t('auth.email')}</label>
        <input id="invitation-email" type="email" autoComplete="username" value={offer.email} readOnly
          data-testid="invitation-email" />
      </div>
      <Field path="displayName" label={t('auth.displayName')} errors={placed.at('displayName')}>
        <input type="text" autoComplete="name" maxLength={100} {...inputProps('displayName', placed.at('displayName'))}
          data-testid="invitation-display-name" value={displayName} onChange={(event) => setDisplayName(event.target.value)} />
      </Field>
      <Field path="password" label={t('auth.password')} errors={placed.at('password')}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}>
        <input type="password" autoComplete="new-password" {...inputProps('password', placed.at('password'))}
          data-testid="invitation-password" value={password} onChange={(event) => setPassword(event.target.value)} />
      </Field>
      <ErrorSummary errors={placed.unplaced} testId="invitation-signup-error" />
      {registered && (
        <p className="status error" role="alert" data-testid="invitation-registered">
          {t('invitation.emailRegistered')}{' '}
          <Link to="/login" state={{ from: `/invitations/${token}` }} data-testid="invitation-registered-login">
            {t('auth.login')}
          </Link>
        </p>
      )}
      <button type="submit" className="primary" disabled={accept.isPending} data-testid="accept-invitation">
        {accept.isPending ? t('invitation.accepting') : t('invitation.signupAndAccept')}
      </button>
    </form>
  );
}
