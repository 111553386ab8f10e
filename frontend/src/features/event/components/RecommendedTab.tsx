import { useTranslation } from 'react-i18next';
import { ReasonChips } from '@/components/ReasonChips';
import { useEventRecommendations } from '../api/participants';
import type { EventDetail } from '../api/types';
import { useRequestStates } from '../hooks/useRequestStates';
import { ParticipantCard } from './ParticipantCard';

/** Participants ranked for mine, with why each fits, and the way to ask for a meeting. */
export function RecommendedTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const { data, isPending, isError } = useEventRecommendations(event.id);
  const states = useRequestStates(event.id);
  const mine = event.myParticipant?.id;
  return (
    <section className="recommended-tab">
      <p className="hint">{t('event.recommended.lead')}</p>
      {isPending && <p className="status">{t('app.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('event.recommended.error')}
        </p>
      )}
      {data && data.items.length === 0 && <p className="empty">{t('event.recommended.empty')}</p>}
      <div className="participant-list" data-testid="event-recommendations">
        {data?.items.map(({ participant, reasons }) => (
          <ParticipantCard key={participant.id} eventId={event.id} participant={participant}
            canRequest={Boolean(mine) && participant.id !== mine} state={states.get(participant.id)}>
            <ReasonChips reasons={reasons} label={t('event.recommended.reasons')} testId="event" />
          </ParticipantCard>
        ))}
      </div>
    </section>
  );
}
