import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import { SubmitButton } from '@/components/form/SubmitButton';
import { failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import { useFormProblems } from '@/lib/forms/useFormProblems';
import { useConfirmPasswordReset } from '../api/auth';
import { passwordFieldErrors, validatePassword } from '../api/validateSignup';
import { rateLimited } from '../utils/rateLimit';
import { refusesToken, useLinkToken } from '../utils/linkToken';
import { LinkDone, LinkRefused } from './LinkOutcome';
import { NewPasswordField } from './NewPasswordField';

/** `/reset-password?token=…`, the mail's link: a new password for the account the token was sent for. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const token = useLinkToken();
  const confirm = useConfirmPasswordReset();
  const [password, setPassword] = useState('');
  const problems = useFormProblems();
  const [expired, setExpired] = useState(false);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problems.check(validatePassword(password))) return;
    confirm.mutate(
      { token, password },
      {
        onSuccess: () => setDone(true),
        onError: (error) => {
          if (!rateLimited(error) && refusesToken(error)) setExpired(true);
          else problems.fail(error, (failure) => passwordFieldErrors(failureErrors(failure), password));
        },
      },
    );
  };
  const placed = placeErrors(problems.errors, ['password']);

  let content;
  if (done) {
    content = (
      <LinkDone text={t('auth.resetDone')} to="/login" action={t('auth.login')} testId="reset-done"
        linkTestId="reset-login" />
    );
  } else if (!token || expired) {
    content = (
      <LinkRefused text={t('auth.resetExpired')} to="/forgot-password" action={t('auth.resetAskAgain')}
        testId="reset-expired" linkTestId="reset-expired-link" />
    );
  } else {
    content = (
      <form onSubmit={submit} noValidate className="form narrow" data-testid="reset-form">
        <NewPasswordField path="password" errors={placed.at('password')} data-testid="reset-password" value={password}
          onChange={setPassword} />
        <ErrorSummary errors={placed.unplaced} />
        <RateLimitNotice limited={problems.limited} messages="auth.tooManyRequests" testId="reset-error" />
        <SubmitButton pending={confirm.isPending} pendingLabel={t('auth.resetSaving')} data-testid="reset-submit">
          {t('auth.resetSubmit')}
        </SubmitButton>
      </form>
    );
  }

  return (
    <section className="auth-page">
      <h1>{t('auth.resetTitle')}</h1>
      {content}
    </section>
  );
}
