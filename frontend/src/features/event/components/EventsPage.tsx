import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canOrganiseEvents } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { pickLanguage } from '@/utils/pickName';
import { useEvents } from '../api/events';
import type { EventSummary } from '../api/types';
import { formatDay } from '../utils/time';
import { PhaseBadge } from './Badges';

function EventItem({ event }: { event: EventSummary }) {
  const { t, i18n } = useTranslation();
  const language = pickLanguage(event.names, i18n.language);
  const first = formatDay(event.firstDay, i18n.language);
  const last = formatDay(event.lastDay, i18n.language);
  return (
    <li className="event-card" data-testid="events-list-item" data-id={event.id}>
      <div className="event-card-head">
        <Link to={`/events/${encodeURIComponent(event.id)}`} className="event-card-name" lang={language ?? undefined}
          data-testid="events-list-link">
          {language ? event.names[language] : t('event.untitled')}
        </Link>
        <PhaseBadge phase={event.phase} />
        {event.registered && <span className="badge registered">{t('event.list.registered')}</span>}
        {event.canManage && <span className="badge manager">{t('event.list.managed')}</span>}
      </div>
      <p className="event-card-meta">
        {event.venue && <span data-testid="events-list-venue">{event.venue}</span>}
        {first && <span data-testid="events-list-dates">{first === last || !last ? first : `${first} – ${last}`}</span>}
        <span>{event.timeZone}</span>
        <span data-testid="events-list-participants">{t('event.list.participants', { count: event.participants ?? 0 })}</span>
      </p>
    </li>
  );
}

/** `/events`: every trade-fair matching session, newest first; organisers create new ones here. */
export function EventsPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { data, isPending, isError } = useEvents();
  const events = [...(data ?? [])].sort((a, b) => (b.firstDay ?? '').localeCompare(a.firstDay ?? ''));
  return (
    <section className="events-page">
      <div className="page-head">
        <h1>{t('event.list.title')}</h1>
        {canOrganiseEvents(user) && (
          <Link to="/events/new" className="button primary" data-testid="events-create">
            {t('event.list.create')}
          </Link>
        )}
      </div>
      <p className="hint">{t('event.list.lead')}</p>
      {isPending && <p className="status">{t('app.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('event.list.error')}
        </p>
      )}
      {data && events.length === 0 && <p className="empty">{t('event.list.empty')}</p>}
      {events.length > 0 && (
        <ul className="event-list" data-testid="events-list">
          {events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ul>
      )}
    </section>
  );
}
