import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InputField } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import { SubmitButton } from '@/components/form/SubmitButton';
import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { useRequestPasswordReset } from '../api/auth';
import { validateEmail } from '../api/validateSignup';
import { rateLimited } from '../utils/rateLimit';

/**
 * `/forgot-password`: asks for a reset link by mail. The answer never tells whether the address is registered, so
 * neither does the page.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Too many requests (429): how long to wait, when the server said. */
  const [limited, setLimited] = useState<{ minutes: number | null } | null>(null);
  const [sent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validateEmail(email);
    setErrors(problems);
    setLimited(null);
    if (problems.length) return;
    requestReset.mutate(
      { email: email.trim() },
      {
        onSuccess: () => setSent(true),
        onError: (error) => {
          const tooMany = rateLimited(error);
          if (tooMany) setLimited(tooMany);
          else if (error instanceof ApiError && error.errors.length) setErrors(error.errors);
          else setErrors([clientError('', error instanceof ApiError ? error.code : 'network', error.message)]);
        },
      },
    );
  };
  const placed = placeErrors(errors, ['email']);

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
            <RateLimitNotice limited={limited} messages="auth.tooManyRequests" testId="forgot-error" />
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
