import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { useSendRequest } from '../api/requests';
import { PRIORITIES, type Priority } from '../api/types';
import { EventErrorSummary } from './EventErrors';

/** Asking another participant for a meeting: how much it matters, and a message. */
export function RequestForm({
  eventId,
  toParticipantId,
  onSent,
  onCancel,
}: {
  eventId: string;
  toParticipantId: string;
  onSent: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const send = useSendRequest(eventId);
  const [priority, setPriority] = useState<Priority>('WOULD_LIKE');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors([]);
    send.mutate(
      { toParticipantId, priority, message: message.trim() },
      { onSuccess: onSent, onError: (error) => setErrors(failureErrors(error)) },
    );
  };
  const id = `request-${toParticipantId}`;
  return (
    <form className="request-form" onSubmit={submit} data-testid="request-form">
      <label htmlFor={`${id}-priority`}>{t('event.request.priority')}</label>
      <select id={`${id}-priority`} data-testid="request-priority" value={priority}
        onChange={(e) => setPriority(e.target.value as Priority)}>
        {PRIORITIES.map((p) => (
          <option key={p} value={p}>
            {t(`event.priority.${p}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-message`}>{t('event.request.message')}</label>
      <textarea id={`${id}-message`} rows={3} maxLength={1000} data-testid="request-message" value={message}
        placeholder={t('event.request.messagePlaceholder')} onChange={(e) => setMessage(e.target.value)} />
      <EventErrorSummary errors={errors} context="request" testId="request-errors" />
      <div className="buttons">
        <button type="submit" className="primary" disabled={send.isPending} data-testid="request-submit">
          {send.isPending ? t('event.request.sending') : t('event.request.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
