import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { RateLimitNotice } from '@/components/form/RateLimitNotice';
import type { FieldError } from '@/lib/api-client';
import { needsEmailConfirmation } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { problemsOf } from '@/lib/forms/fieldErrors';
import { useResendConfirmation } from '../api/auth';
import { rateLimited } from '../utils/rateLimit';

/**
 * On every page while the signed-in user has not confirmed their e-mail address: what is held back until then, and
 * the way to get the mail again.
 */
export function EmailConfirmBanner() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const resend = useResendConfirmation();
  const [sent, setSent] = useState(false);
  const [limited, setLimited] = useState<{ minutes: number | null } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);

  if (!user || !needsEmailConfirmation(user)) return null;

  const sendAgain = () => {
    setSent(false);
    setLimited(null);
    setErrors([]);
    resend.mutate(undefined, {
      onSuccess: () => setSent(true),
      onError: (error) => {
        const tooMany = rateLimited(error);
        if (tooMany) setLimited(tooMany);
        else setErrors(problemsOf(error).errors);
      },
    });
  };

  return (
    <div className="banner" role="region" aria-label={t('confirmEmail.bannerLabel')} data-testid="email-confirm-banner">
      <p>{t('confirmEmail.banner', { email: user.email })}</p>
      <button type="button" className="button" disabled={resend.isPending} onClick={sendAgain}
        data-testid="email-confirm-resend">
        {resend.isPending ? t('confirmEmail.sending') : t('confirmEmail.resend')}
      </button>
      {sent && (
        <span className="status success" role="status" data-testid="email-confirm-sent">
          {t('confirmEmail.sent')}
        </span>
      )}
      <RateLimitNotice limited={limited} messages="auth.tooManyRequests" testId="email-confirm-error" inline />
      <ErrorSummary errors={errors} testId="email-confirm-error" />
    </div>
  );
}
