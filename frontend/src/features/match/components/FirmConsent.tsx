import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { useAnswerConsent, type Introduction } from '../api/introductions';

/**
 * For an introduction about an anonymous need: whether its firm agreed to be named to the other company, and, for
 * the firm's own members while it has not answered, the buttons to agree or decline.
 */
export function FirmConsent({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation();
  const answer = useAnswerConsent(introduction.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const consent = introduction.firmConsent;
  if (!consent) return null;

  const act = (accept: boolean) => {
    setErrors([]);
    // the answer's one "field" (`accept`) means nothing to the reader: show the problem alone
    answer.mutate(accept, { onError: (error) => setErrors(failureErrors(error).map((e) => ({ ...e, field: '' }))) });
  };
  return (
    <div className="introduction-consent">
      <span className={`badge consent consent-${consent.toLowerCase()}`} data-testid="introduction-consent"
        data-consent={consent}>
        {t(`introductions.consent.${consent}`, { defaultValue: consent })}
      </span>
      {introduction.mayAnswerConsent && (
        <div className="consent-answer">
          <p className="hint">{t('introductions.consentQuestion')}</p>
          <div className="buttons">
            <button type="button" className="primary" disabled={answer.isPending} data-testid="consent-accept"
              onClick={() => act(true)}>
              {t('introductions.consentAccept')}
            </button>
            <button type="button" className="button" disabled={answer.isPending} data-testid="consent-decline"
              onClick={() => act(false)}>
              {t('introductions.consentDecline')}
            </button>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} testId="consent-errors" />
    </div>
  );
}
