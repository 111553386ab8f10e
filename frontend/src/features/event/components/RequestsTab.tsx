import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { useAnswerRequest, useRequests, type RequestAction } from '../api/requests';
import type { EventDetail, MeetingRequest } from '../api/types';
import { formatDateTimeIn } from '../utils/time';
import { MetBeforeBadge, MutualBadge, PriorityBadge, RequestStatusBadge } from './Badges';
import { CompanyName } from './CompanyName';
import { EventErrorSummary } from './EventErrors';

function RequestRow({
  event,
  request,
  direction,
}: {
  event: EventDetail;
  request: MeetingRequest;
  direction: 'in' | 'out';
}) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerRequest(event.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const other = direction === 'in' ? request.from : request.to;
  const act = (action: RequestAction) => {
    setErrors([]);
    answer.mutate({ requestId: request.id, action }, { onError: (error) => setErrors(failureErrors(error)) });
  };
  const pending = request.status === 'PENDING';
  return (
    <li className={`request-row status-${request.status.toLowerCase()}`} data-testid={direction === 'in' ? 'request-incoming' : 'request-outgoing'}
      data-status={request.status} data-id={request.id}>
      <div className="request-head">
        <CompanyName names={other.companyNames} companyId={other.companyId} />
        <PriorityBadge priority={request.priority} />
        <RequestStatusBadge status={request.status} />
        {request.mutual && <MutualBadge />}
        <MetBeforeBadge metBefore={request.metBefore} />
      </div>
      {request.message && <p className="request-message">{request.message}</p>}
      <p className="when">
        {t('event.requests.sentAt', { at: formatDateTimeIn(request.createdAt, event.timeZone, i18n.language) })}
        {pending && request.expiresAt && (
          <span data-testid="request-expires">
            {' · '}
            {t('event.requests.expiresAt', { at: formatDateTimeIn(request.expiresAt, event.timeZone, i18n.language) })}
          </span>
        )}
      </p>
      {pending && (
        <div className="buttons">
          {direction === 'in' ? (
            <>
              <button type="button" className="primary" disabled={answer.isPending} data-testid="request-accept"
                onClick={() => act('accept')}>
                {t('event.requests.accept')}
              </button>
              <button type="button" className="button" disabled={answer.isPending} data-testid="request-decline"
                onClick={() => act('decline')}>
                {t('event.requests.decline')}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={answer.isPending} data-testid="request-withdraw"
              onClick={() => act('withdraw')}>
              {t('event.requests.withdraw')}
            </button>
          )}
        </div>
      )}
      <EventErrorSummary errors={errors} context="answer" testId="request-errors" />
    </li>
  );
}

const newestFirst = (a: MeetingRequest, b: MeetingRequest) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '');

/** Requests to my company (accept or decline) and from it (withdraw while pending). */
export function RequestsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const incoming = useRequests(event.id, 'in');
  const outgoing = useRequests(event.id, 'out');
  const list = (box: 'in' | 'out', query: typeof incoming) => (
    <section className="card">
      <h2>{t(box === 'in' ? 'event.requests.incoming' : 'event.requests.outgoing')}</h2>
      {query.isPending && <p className="status">{t('app.loading')}</p>}
      {query.isError && (
        <p className="status error" role="alert">
          {t('event.requests.error')}
        </p>
      )}
      {query.data && query.data.length === 0 && <p className="hint">{t('event.requests.none')}</p>}
      <ul className="request-list">
        {[...(query.data ?? [])].sort(newestFirst).map((request) => (
          <RequestRow key={request.id} event={event} request={request} direction={box} />
        ))}
      </ul>
    </section>
  );
  return (
    <div className="requests-tab">
      {event.maxOutgoingRequests != null && (
        <p className="hint">{t('event.requests.cap', { count: event.maxOutgoingRequests })}</p>
      )}
      {list('in', incoming)}
      {list('out', outgoing)}
    </div>
  );
}
