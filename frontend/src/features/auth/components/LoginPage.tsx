import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InputField } from '@/components/form/Field';
import { SubmitButton } from '@/components/form/SubmitButton';
import { ApiError, type FieldError } from '@/lib/api-client';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { useLogin } from '../api/auth';
import { rateLimited } from '../utils/rateLimit';
import { useAfterSignIn } from './useAfterSignIn';

/** The message for a failed login: wrong credentials, too many attempts, or anything else. */
function loginProblem(error: unknown): string {
  if (rateLimited(error)) return 'errors.too_many_requests';
  if (error instanceof ApiError && error.status === 401) return 'errors.bad_credentials';
  return 'auth.loginFailed';
}

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const afterSignIn = useAfterSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = [
      ...(email.trim() ? [] : [clientError('email', 'required')]),
      ...(password ? [] : [clientError('password', 'required')]),
    ];
    setErrors(missing);
    setProblem(null);
    if (missing.length) return;
    login.mutate(
      { email: email.trim(), password },
      {
        onSuccess: ({ token, user }) => afterSignIn(token, user),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 400 && error.errors.length) setErrors(error.errors);
          else setProblem(loginProblem(error));
        },
      },
    );
  };
  const placed = placeErrors(errors, ['email', 'password']);

  return (
    <section className="auth-page">
      <h1>{t('auth.loginTitle')}</h1>
      <form onSubmit={submit} noValidate className="form narrow" data-testid="login-form">
        <InputField path="email" label={t('auth.email')} errors={placed.at('email')} type="email" autoComplete="username"
          data-testid="login-email" value={email} onChange={setEmail} />
        <InputField path="password" label={t('auth.password')} errors={placed.at('password')} type="password"
          autoComplete="current-password" data-testid="login-password" value={password} onChange={setPassword} />
        {problem && (
          <p className="status error" role="alert" data-testid="login-error">
            {t(problem)}
          </p>
        )}
        <SubmitButton pending={login.isPending} pendingLabel={t('auth.loggingIn')} data-testid="login-submit">
          {t('auth.login')}
        </SubmitButton>
      </form>
      <p>
        <Link to="/forgot-password" data-testid="login-forgot">
          {t('auth.forgotLink')}
        </Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/signup">{t('auth.signup')}</Link>
      </p>
    </section>
  );
}
