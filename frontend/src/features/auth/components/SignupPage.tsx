import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InputField, SelectField } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { IndustryField } from '@/components/form/IndustryField';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import { SubmitButton } from '@/components/form/SubmitButton';
import { ApiError, type FieldError } from '@/lib/api-client';
import { COMPANY_KINDS, type CompanyKind } from '@/lib/company';
import { clientError, failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import { useFormProblems } from '@/lib/forms/useFormProblems';
import { normaliseLanguage } from '@/lib/i18n';
import { COUNTRY_CODES } from '@/utils/countries';
import { countryName } from '@/utils/countryName';
import { MIN_PASSWORD_LENGTH, useLogin, useSignup, type SignupRequest } from '../api/auth';
import { passwordFieldErrors, validateSignup } from '../api/validateSignup';
import { SignupSent } from './SignupSent';
import { useAfterSignIn } from './useAfterSignIn';

const SLOTS = ['email', 'password', 'displayName', 'company.kind', 'company.names', 'company.country', 'company.industry'];

/** A refused sign-up: an address with an account already (a bare 409), else the server's errors, the password's in
 * the form's own words (length, not a common one). */
function signupErrors(error: unknown, password: string): FieldError[] {
  if (error instanceof ApiError && error.status === 409 && error.errors.length === 0) return [clientError('email', 'duplicate')];
  return passwordFieldErrors(failureErrors(error), password);
}

/**
 * `/signup`: a new account and its company. The answer never tells whether the address was registered already, so the
 * page then logs in with the same e-mail and password: that works for a new account (which still has to confirm its
 * address); otherwise the page only says where the mail went.
 */
export function SignupPage() {
  const { t, i18n } = useTranslation();
  const language = normaliseLanguage(i18n.language);
  const signup = useSignup();
  const login = useLogin();
  const afterSignIn = useAfterSignIn();
  const [form, setForm] = useState({
    email: '',
    password: '',
    displayName: '',
    kind: 'SME' as CompanyKind,
    companyName: '',
    country: language === 'zh' ? 'CN' : 'JP',
    industry: '',
  });
  const problems = useFormProblems();
  /** The address the confirmation mail went to, when logging in with it did not work (e.g. it had an account). */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // the company's name is taken in the UI language; the profile can add the others later
    const request: SignupRequest = {
      email: form.email.trim(),
      password: form.password,
      displayName: form.displayName.trim(),
      company: {
        kind: form.kind,
        names: { ja: null, zh: null, en: null, [language]: form.companyName.trim() || null },
        country: form.country,
        industry: form.industry,
      },
      // the user's e-mails (e.g. a password reset) come in the language they signed up in
      language,
    };
    if (!problems.check(validateSignup(request))) return;
    signup.mutate(request, {
      onSuccess: () =>
        login.mutate(
          { email: request.email, password: request.password },
          { onSuccess: ({ token, user }) => afterSignIn(token, user), onError: () => setSentTo(request.email) },
        ),
      onError: (error) => problems.fail(error, (failure) => signupErrors(failure, request.password)),
    });
  };
  const placed = placeErrors(problems.errors, SLOTS);
  const pending = signup.isPending || login.isPending;

  if (sentTo) {
    return (
      <section className="auth-page">
        <h1>{t('auth.signupTitle')}</h1>
        <SignupSent email={sentTo} />
      </section>
    );
  }

  return (
    <section className="auth-page">
      <h1>{t('auth.signupTitle')}</h1>
      <p className="lead">{t('auth.signupLead')}</p>
      <form onSubmit={submit} noValidate className="form narrow" data-testid="signup-form">
        <InputField path="email" label={t('auth.email')} errors={placed.at('email')} type="email" autoComplete="username"
          data-testid="signup-email" value={form.email} onChange={set('email')} />
        <InputField path="password" label={t('auth.password')} errors={placed.at('password')}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })} type="password" autoComplete="new-password"
          data-testid="signup-password" value={form.password} onChange={set('password')} />
        <InputField path="displayName" label={t('auth.displayName')} errors={placed.at('displayName')} type="text"
          autoComplete="name" maxLength={100} data-testid="signup-display-name" value={form.displayName}
          onChange={set('displayName')} />
        <SelectField path="company.kind" label={t('auth.companyKind')} errors={placed.at('company.kind')}
          data-testid="signup-kind" value={form.kind} onChange={(kind) => setForm({ ...form, kind })}
          options={COMPANY_KINDS} optionLabel={(kind) => t(`kind.${kind}`)} />
        <InputField path="company.names" label={t('auth.companyName', { language: t(`languages.${language}`) })}
          errors={placed.at('company.names')} type="text" lang={language} maxLength={200}
          data-testid="signup-company-name" value={form.companyName} onChange={set('companyName')} />
        <SelectField path="company.country" label={t('form.country')} errors={placed.at('company.country')}
          data-testid="signup-country" value={form.country} onChange={set('country')} options={COUNTRY_CODES}
          optionLabel={(code) => countryName(code, language)} />
        <IndustryField path="company.industry" errors={placed.at('company.industry')} data-testid="signup-industry"
          value={form.industry} onChange={set('industry')} />
        <ErrorSummary errors={placed.unplaced} />
        <RateLimitNotice limited={problems.limited} messages="auth.tooManySignups" testId="signup-error" />
        <SubmitButton pending={pending} pendingLabel={t('auth.signingUp')} data-testid="signup-submit">
          {t('auth.signup')}
        </SubmitButton>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.login')}</Link>
      </p>
    </section>
  );
}
