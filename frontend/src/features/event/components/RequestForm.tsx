import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { SubmitButton } from '@/components/form/SubmitButton';
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
      <Select id={`${id}-priority`} data-testid="request-priority" value={priority} onChange={setPriority}
        options={PRIORITIES} optionLabel={(p) => t(`event.priority.${p}`)} />
      <label htmlFor={`${id}-message`}>{t('event.request.message')}</label>
      <textarea id={`${id}-message`} rows={3} maxLength={1000} data-testid="request-message" value={message}
        placeholder={t('event.request.messagePlaceholder')} onChange={(e) => setMessage(e.target.value)} />
      <EventErrorSummary errors={errors} context="request" testId="request-errors" />
      <div className="buttons">
        <SubmitButton pending={send.isPending} pendingLabel={t('event.request.sending')} data-testid="request-submit">
          {t('event.request.submit')}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
