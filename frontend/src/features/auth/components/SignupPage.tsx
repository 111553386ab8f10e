import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Field, inputProps } from '@/components/form/Field';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { ApiError, type FieldError } from '@/lib/api-client';
import { COMPANY_KINDS, type CompanyKind } from '@/lib/company';
import { clientError, placeErrors } from '@/lib/forms/fieldErrors';
import { normaliseLanguage } from '@/lib/i18n';
import { labelOf } from '@/lib/reference';
import { useIndustries } from '@/lib/industries';
import { COUNTRY_CODES } from '@/utils/countries';
import { countryName } from '@/utils/countryName';
import { MIN_PASSWORD_LENGTH, useLogin, useSignup, type SignupRequest } from '../api/auth';
import { passwordFieldErrors, validateSignup } from '../api/validateSignup';
import { rateLimited } from '../utils/rateLimit';
import { SignupSent } from './SignupSent';
import { useAfterSignIn } from './useAfterSignIn';

const SLOTS = ['email', 'password', 'displayName', 'company.kind', 'company.names', 'company.country', 'company.industry'];

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
  const { data: industries } = useIndustries();
  const [form, setForm] = useState({
    email: '',
    password: '',
    displayName: '',
    kind: 'SME' as CompanyKind,
    companyName: '',
    country: language === 'zh' ? 'CN' : 'JP',
    industry: '',
  });
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Too many sign-ups from this address (429): how long to wait, when the server said. */
  const [limited, setLimited] = useState<{ minutes: number | null } | null>(null);
  /** The address the confirmation mail went to, when logging in with it did not work (e.g. it had an account). */
  const [sentTo, setSentTo] = useState<string | null>(null);
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm({ ...form, [key]: event.target.value });

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
    const problems = validateSignup(request);
    setErrors(problems);
    setLimited(null);
    if (problems.length) return;
    signup.mutate(request, {
      onSuccess: () =>
        login.mutate(
          { email: request.email, password: request.password },
          { onSuccess: ({ token, user }) => afterSignIn(token, user), onError: () => setSentTo(request.email) },
        ),
      onError: (error) => {
        const tooMany = rateLimited(error);
        if (tooMany) setLimited(tooMany);
        // the password's rules (length, not a common one) have their own texts
        else if (error instanceof ApiError && error.errors.length) setErrors(passwordFieldErrors(error.errors, request.password));
        else if (error instanceof ApiError && error.status === 409) setErrors([clientError('email', 'duplicate')]);
        else setErrors([clientError('', error instanceof ApiError ? error.code : 'network', error.message)]);
      },
    });
  };
  const placed = placeErrors(errors, SLOTS);
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
        <Field path="email" label={t('auth.email')} errors={placed.at('email')}>
          <input type="email" autoComplete="username" {...inputProps('email', placed.at('email'))}
            data-testid="signup-email" value={form.email} onChange={set('email')} />
        </Field>
        <Field path="password" label={t('auth.password')} errors={placed.at('password')}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}>
          <input type="password" autoComplete="new-password" {...inputProps('password', placed.at('password'))}
            data-testid="signup-password" value={form.password} onChange={set('password')} />
        </Field>
        <Field path="displayName" label={t('auth.displayName')} errors={placed.at('displayName')}>
          <input type="text" autoComplete="name" maxLength={100} {...inputProps('displayName', placed.at('displayName'))}
            data-testid="signup-display-name" value={form.displayName} onChange={set('displayName')} />
        </Field>
        <Field path="company.kind" label={t('auth.companyKind')} errors={placed.at('company.kind')}>
          <select {...inputProps('company.kind', placed.at('company.kind'))} data-testid="signup-kind"
            value={form.kind} onChange={set('kind')}>
            {COMPANY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field path="company.names" label={t('auth.companyName', { language: t(`languages.${language}`) })}
          errors={placed.at('company.names')}>
          <input type="text" lang={language} maxLength={200} {...inputProps('company.names', placed.at('company.names'))}
            data-testid="signup-company-name" value={form.companyName} onChange={set('companyName')} />
        </Field>
        <Field path="company.country" label={t('form.country')} errors={placed.at('company.country')}>
          <select {...inputProps('company.country', placed.at('company.country'))} data-testid="signup-country"
            value={form.country} onChange={set('country')}>
            {COUNTRY_CODES.map((code) => (
              <option key={code} value={code}>{countryName(code, language)}</option>
            ))}
          </select>
        </Field>
        <Field path="company.industry" label={t('form.industry')} errors={placed.at('company.industry')}>
          <select {...inputProps('company.industry', placed.at('company.industry'))} data-testid="signup-industry"
            value={form.industry} onChange={set('industry')}>
            <option value="">{t('form.choose')}</option>
            {(industries ?? []).map((industry) => (
              <option key={industry.code} value={industry.code}>{labelOf(industry.labels, language) ?? industry.code}</option>
            ))}
          </select>
        </Field>
        <ErrorSummary errors={placed.unplaced} />
        {limited && (
          <p className="status error" role="alert" data-testid="signup-error">
            {limited.minutes == null
              ? t('auth.tooManySignupsLater')
              : t('auth.tooManySignups', { count: limited.minutes })}
          </p>
        )}
        <button type="submit" className="primary" disabled={pending} data-testid="signup-submit">
          {pending ? t('auth.signingUp') : t('auth.signup')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to="/login">{t('auth.login')}</Link>
      </p>
    </section>
  );
}
