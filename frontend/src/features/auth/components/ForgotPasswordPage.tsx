import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InputField } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import { SubmitButton } from '@/components/form/SubmitButton';
import { placeErrors } from '@/lib/forms/fieldErrors';
import { useFormProblems } from '@/lib/forms/useFormProblems';
import { useRequestPasswordReset } from '../api/auth';
import { validateEmail } from '../api/validateSignup';

/**
 * `/forgot-password`: asks for a reset link by mail. The answer never tells whether the address is registered, so
 * neither does the page.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const problems = useFormProblems();
  const [sent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!problems.check(validateEmail(email))) return;
    requestReset.mutate(
      { email: email.trim() },
      { onSuccess: () => setSent(true), onError: (error) => problems.fail(error) },
    );
  };
  const placed = placeErrors(problems.errors, ['email']);

  return (
    <section className="auth-page">
      <h1>{t('auth.forgotTitle')}</h1>
      {sent ? (
        <p className="status success" role="status" data-testid="forgot-sent">
          {t('auth.forgotSent')}
        </p>
      ) : (
        <>
          <p className="lead">{t('auth.forgotLead')}</p>
          <form onSubmit={submit} noValidate className="form narrow" data-testid="forgot-form">
            <InputField path="email" label={t('auth.email')} errors={placed.at('email')} type="email"
              autoComplete="username" data-testid="forgot-email" value={email} onChange={setEmail} />
            <ErrorSummary errors={placed.unplaced} />
            <RateLimitNotice limited={problems.limited} messages="auth.tooManyRequests" testId="forgot-error" />
            <SubmitButton pending={requestReset.isPending} pendingLabel={t('auth.forgotSending')} data-testid="forgot-submit">
              {t('auth.forgotSubmit')}
            </SubmitButton>
          </form>
        </>
      )}
      <p>
        <Link to="/login" data-testid="forgot-login">
          {t('auth.backToLogin')}
        </Link>
      </p>
    </section>
  );
}
