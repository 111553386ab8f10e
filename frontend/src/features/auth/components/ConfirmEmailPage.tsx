import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { problemsOf } from '@/lib/forms/fieldErrors';
import { useConfirmEmail } from '../api/auth';
import { refusesToken, useLinkToken } from '../utils/linkToken';
import { LinkDone, LinkRefused } from './LinkOutcome';

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
      <LinkRefused text={t('confirmEmail.expired')} to="/login" action={t('auth.login')} testId="confirm-email-expired"
        linkTestId="confirm-email-login" />
    );
  } else if (confirm.isError) {
    content = <ErrorSummary errors={problemsOf(confirm.error).errors} testId="confirm-email-error" />;
  } else if (confirm.isSuccess) {
    content = (
      <LinkDone text={t('confirmEmail.done')} to="/my" action={t('confirmEmail.continue')} testId="confirm-email-done"
        linkTestId="confirm-email-continue" />
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
