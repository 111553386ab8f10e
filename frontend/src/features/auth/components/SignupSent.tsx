import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/**
 * After a sign-up that did not lead to a login: the mail went to `email` (a confirmation link for a new account; a note
 * for an address that had one already, which the page must not reveal), with the ways on for someone who has one.
 */
export function SignupSent({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <div className="status success" role="status" data-testid="signup-sent">
      <p>{t('auth.signupSent', { email })}</p>
      <p>
        {t('auth.signupSentAccount')}{' '}
        <Link to="/login" data-testid="signup-sent-login">
          {t('auth.login')}
        </Link>
        {' · '}
        <Link to="/forgot-password" data-testid="signup-sent-forgot">
          {t('auth.forgotLink')}
        </Link>
      </p>
    </div>
  );
}
