import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIndustryLabel } from '@/lib/industries';
import { countryName } from '@/utils/countryName';
import type { Participant } from '../api/types';
import type { RequestState } from '../hooks/useRequestStates';
import { MetBeforeBadge, RequestStatusBadge, RoleBadge } from './Badges';
import { CompanyName } from './CompanyName';
import { RequestForm } from './RequestForm';

/**
 * One participant: company (linking to its profile), role, where from, what it offers and seeks, whether we met
 * before; and, for another registered participant, the way to ask for a meeting.
 */
export function ParticipantCard({
  eventId,
  participant,
  canRequest,
  state,
  children,
}: {
  eventId: string;
  participant: Participant;
  canRequest: boolean;
  state?: RequestState;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const industryLabel = useIndustryLabel();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const language = i18n.language;
  const where = [countryName(participant.country, language), industryLabel(participant.industry, language)].filter(Boolean);
  return (
    <article className="participant-card" data-testid="participant-card" data-id={participant.id}>
      <div className="participant-head">
        <CompanyName names={participant.companyNames} companyId={participant.companyId} />
        <RoleBadge role={participant.role} />
        <MetBeforeBadge metBefore={participant.metBefore} />
      </div>
      {where.length > 0 && <p className="participant-meta">{where.join(' · ')}</p>}
      <dl className="offers-seeks">
        {participant.offers && (
          <>
            <dt>{t('event.participants.offers')}</dt>
            <dd data-testid="participant-offers">{participant.offers}</dd>
          </>
        )}
        {participant.seeks && (
          <>
            <dt>{t('event.participants.seeks')}</dt>
            <dd data-testid="participant-seeks">{participant.seeks}</dd>
          </>
        )}
      </dl>
      {children}
      {canRequest && (
        <div className="participant-actions">
          {state ? (
            <span className="request-state" data-testid="participant-request-state">
              {t(state.direction === 'out' ? 'event.request.yours' : 'event.request.theirs')}{' '}
              <RequestStatusBadge status={state.request.status} />
            </span>
          ) : sent ? (
            <span className="status success" role="status" data-testid="request-sent">
              {t('event.request.sent')}
            </span>
          ) : open ? (
            <RequestForm eventId={eventId} toParticipantId={participant.id} onCancel={() => setOpen(false)}
              onSent={() => {
                setOpen(false);
                setSent(true);
              }} />
          ) : (
            <button type="button" className="button" data-testid="participant-request" onClick={() => setOpen(true)}>
              {t('event.request.open')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
