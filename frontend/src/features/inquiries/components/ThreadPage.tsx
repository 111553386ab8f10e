import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { inputProps } from '@/components/form/Field';
import { ErrorSummary, FieldErrors } from '@/components/form/FieldErrors';
import { LoadStatus } from '@/components/LoadStatus';
import type { FieldError } from '@/lib/api-client';
import { clientError, placeErrors, problemsOf } from '@/lib/forms/fieldErrors';
import { formatDateTime } from '@/utils/dates';
import { useThread, useThreadActions } from '../api/inquiries';
import { subjectLink } from '../utils/describe';
import { ThreadHeading } from './ThreadHeading';

export function ThreadPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data: thread, isPending, error } = useThread(id);
  const { reply, close } = useThreadActions(id);
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);

  if (isPending || error || !thread) {
    return <LoadStatus pending={isPending} error={error} notFound="inbox.notFound" failed="inbox.error" testId="thread-error" />;
  }

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setErrors([clientError('body', 'not_blank')]);
    setErrors([]);
    reply.mutate(body, {
      onSuccess: () => setBody(''),
      onError: (failure) => setErrors(problemsOf(failure).errors),
    });
  };
  const placed = placeErrors(errors, ['body']);
  const link = subjectLink(thread.subject);
  const closed = thread.status === 'CLOSED';

  return (
    <section className="thread">
      <Link to="/inbox" className="back">← {t('inbox.back')}</Link>
      <h1 className="thread-heading">
        <ThreadHeading thread={thread} />
      </h1>
      {link && <Link to={link} data-testid="thread-subject-link">{t('inbox.openSubject')}</Link>}
      <ol className="messages">
        {thread.messages.map((message) => (
          <li key={message.id} className={`message ${message.mine ? 'mine' : 'theirs'}`} data-testid="thread-message"
            data-mine={message.mine}>
            <div className="meta">
              {message.mine ? t('inbox.you') : (message.authorName ?? t('listing.anonymousCompany'))} ·{' '}
              {formatDateTime(message.createdAt, i18n.language)}
            </div>
            {/* plain text, escaped by React; line breaks kept by CSS */}
            <div className="body">{message.body}</div>
          </li>
        ))}
      </ol>
      {closed ? (
        <p className="status" data-testid="thread-closed">{t('inbox.closed')}</p>
      ) : (
        <form className="reply" onSubmit={send} data-testid="reply-form">
          <label htmlFor={inputProps('body', []).id}>{t('inbox.reply')}</label>
          <textarea rows={4} maxLength={5000} {...inputProps('body', placed.at('body'))} data-testid="reply-body"
            value={body} onChange={(event) => setBody(event.target.value)} />
          <FieldErrors path="body" errors={placed.at('body')} />
          <ErrorSummary errors={placed.unplaced} />
          <div className="buttons">
            <button type="submit" className="primary" disabled={reply.isPending} data-testid="reply-submit">
              {reply.isPending ? t('inquiry.sending') : t('inbox.send')}
            </button>
            <button type="button" className="button danger" disabled={close.isPending} data-testid="thread-close"
              onClick={() => close.mutate()}>
              {t('inbox.close')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
