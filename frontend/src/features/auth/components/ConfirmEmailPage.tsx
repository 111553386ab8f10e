import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { problemsOf } from '@/lib/forms/fieldErrors';
import { useConfirmEmail } from '../api/auth';
import { refusesToken, useLinkToken } from '../utils/linkToken';

/**
 * `/confirm-email?token=…`, the sign-up mail's link: confirms the address as soon as the page opens (once: the token
 * works a single time). A signed-in user is read again, so the reminder banner goes.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const confirm = useConfirmEmail();
  const { mutate } = confirm;
  const asked = useRef(false);

  useEffect(() => {
    if (!token || asked.current) return;
    asked.current = true;
    mutate({ token });
  }, [token, mutate]);

  let content;
  if (!token || (confirm.isError && refusesToken(confirm.error))) {
    content = (
      <p className="status error" role="alert" data-testid="confirm-email-expired">
        {t('confirmEmail.expired')}{' '}
        <Link to="/login" data-testid="confirm-email-login">
          {t('auth.login')}
        </Link>
      </p>
    );
  } else if (confirm.isError) {
    content = <ErrorSummary errors={problemsOf(confirm.error).errors} testId="confirm-email-error" />;
  } else if (confirm.isSuccess) {
    content = (
      <div className="status success" role="status" data-testid="confirm-email-done">
        <p>{t('confirmEmail.done')}</p>
        <Link to="/my" className="button primary" data-testid="confirm-email-continue">
          {t('confirmEmail.continue')}
        </Link>
      </div>
    );
  } else {
    content = <p className="status">{t('confirmEmail.confirming')}</p>;
  }

  return (
    <section className="auth-page">
      <h1>{t('confirmEmail.title')}</h1>
      {content}
    </section>
  );
}
