import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { inputProps } from '@/components/form/Field';
import { ErrorSummary, FieldErrors } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { canInquire } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { clientError, failureErrors, placeErrors } from '@/lib/forms/fieldErrors';
import type { InquirySubject } from '@/lib/inquiries';
import { useStartInquiry } from '../api/inquiries';

const MAX_MESSAGE = 5000;

/**
 * "Send inquiry" on a company, need or capacity page (their inquiry slot, filled in src/app): for signed-in members
 * of another company; visitors get a link to log in.
 */
export function SendInquiry({ subject }: { subject: InquirySubject }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { user } = useCurrentUser();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const send = useStartInquiry(subject);

  if (!user) {
    return (
      <p className="inquiry-login">
        <Link to="/login" state={{ from: location.pathname }} data-testid="inquiry-login">
          {t('inquiry.loginToSend')}
        </Link>
      </p>
    );
  }
  if (!canInquire(user, subject.ownerCompanyId)) return null;

  if (send.isSuccess) {
    return (
      <p className="status success" role="status" data-testid="inquiry-sent">
        {t('inquiry.sent')}{' '}
        <Link to={`/inbox/${encodeURIComponent(send.data.id)}`}>{t('inquiry.openThread')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="primary" data-testid="send-inquiry" onClick={() => setOpen(true)}>
        {t('inquiry.send')}
      </button>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!message.trim()) {
      setErrors([clientError('message', 'not_blank')]);
      return;
    }
    setErrors([]);
    send.mutate(message, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const placed = placeErrors(errors, ['message']);
  return (
    <form className="inquiry-box" onSubmit={submit} data-testid="inquiry-form">
      <label htmlFor={inputProps('message', []).id}>{t('inquiry.message')}</label>
      <textarea
        {...inputProps('message', placed.at('message'))}
        rows={5}
        maxLength={MAX_MESSAGE}
        data-testid="inquiry-message"
        placeholder={t('inquiry.placeholder')}
        value={message}
        onChange={(event) => setMessage(event.target.value)}
      />
      <FieldErrors path="message" errors={placed.at('message')} />
      <ErrorSummary errors={placed.unplaced} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={send.isPending} data-testid="inquiry-submit">
          {send.isPending ? t('inquiry.sending') : t('inquiry.submit')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
