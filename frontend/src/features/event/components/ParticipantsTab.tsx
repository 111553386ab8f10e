import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { useParticipants } from '../api/participants';
import { PARTICIPANT_ROLES, type EventDetail } from '../api/types';
import { useRequestStates } from '../hooks/useRequestStates';
import { ParticipantCard } from './ParticipantCard';
import { Pager } from '@/components/Pager';

const SIZE = 20;

/** The event's other participants, searched in any language and filtered by role, each with "request meeting". */
export function ParticipantsTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState('');
  const [page, setPage] = useState(0);
  const { data, isPending, isError, isFetching } = useParticipants(event.id, { q, role, page, size: SIZE });
  const states = useRequestStates(event.id, Boolean(event.myParticipant));
  const mine = event.myParticipant?.id;
  const pages = data ? Math.max(1, Math.ceil(data.total / SIZE)) : 1;
  const search = (e: FormEvent) => {
    e.preventDefault();
    setQ(text);
    setPage(0);
  };
  return (
    <section className="participants-tab" aria-busy={isFetching || undefined}>
      <form className="search-bar" role="search" onSubmit={search}>
        <div className="search-box">
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} data-testid="participants-search"
            placeholder={t('event.participants.searchPlaceholder')} aria-label={t('event.participants.search')} />
          <button type="submit" data-testid="participants-search-submit">
            {t('search.submit')}
          </button>
        </div>
        <Select className="kind-filter" value={role} data-testid="participants-role" aria-label={t('event.register.role')}
          onChange={(value) => {
            setRole(value);
            setPage(0);
          }}
          empty={t('event.participants.allRoles')} options={PARTICIPANT_ROLES} optionLabel={(r) => t(`event.role.${r}`)} />
      </form>
      {isPending && <p className="status">{t('app.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('event.participants.error')}
        </p>
      )}
      {data && (
        <p className="status" data-testid="participants-total">
          {t('event.participants.total', { count: data.total })}
        </p>
      )}
      <div className="participant-list">
        {data?.items.map((participant) => (
          <ParticipantCard key={participant.id} eventId={event.id} participant={participant}
            canRequest={Boolean(mine) && participant.id !== mine} state={states.get(participant.id)} />
        ))}
      </div>
      {data && <Pager page={page} pages={pages} onPage={setPage} />}
    </section>
  );
}
