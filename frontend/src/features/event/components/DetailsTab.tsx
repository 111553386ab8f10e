import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { hasCompany, type User } from '@/lib/auth/permissions';
import type { EventDetail } from '../api/types';
import { formatDay, formatDateTimeIn, hhmm, zoneLabel } from '../utils/time';
import { RoleBadge } from './Badges';
import { RegistrationForm } from './RegistrationForm';
import { SlotTimeline } from './SlotTimeline';

function Registration({ event, user }: { event: EventDetail; user: User | null }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [editing, setEditing] = useState(false);
  // the time is read once, when the card appears: rendering stays pure (the server refuses a late registration anyway)
  const [openedAt] = useState(() => Date.now());
  const mine = event.myParticipant;
  if (mine) {
    return (
      <section className="card registration" data-testid="event-registered">
        <h2>{t('event.register.title')}</h2>
        <p>
          {t('event.register.registeredAs')} <RoleBadge role={mine.role} />
        </p>
        {editing ? (
          <RegistrationForm event={event} participant={mine} userRole={user?.role} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="button" data-testid="event-register-edit" onClick={() => setEditing(true)}>
            {t('event.register.edit')}
          </button>
        )}
      </section>
    );
  }
  if (!user) {
    return (
      <p className="card">
        <Link to="/login" state={{ from: location.pathname }} data-testid="event-login-to-register">
          {t('event.register.login')}
        </Link>
      </p>
    );
  }
  if (!hasCompany(user)) return null;
  const closed = event.registrationDeadline != null && new Date(event.registrationDeadline).getTime() < openedAt;
  return (
    <section className="card registration">
      <h2>{t('event.register.title')}</h2>
      {closed ? (
        <p className="status" data-testid="event-register-closed">
          {t('event.register.closed')}
        </p>
      ) : (
        <>
          <p className="hint">{t('event.register.lead')}</p>
          <RegistrationForm event={event} userRole={user.role} />
        </>
      )}
    </section>
  );
}

/** What everyone sees: when and where, the sessions and their slots, deadlines; and registering for it. */
export function DetailsTab({ event, user, userLoading = false }: { event: EventDetail; user: User | null; userLoading?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const zone = event.timeZone;
  const dash = t('company.unknown');
  const at = (instant: string | null) => (instant ? formatDateTimeIn(instant, zone, language) : dash);
  return (
    <div className="event-details">
      {!userLoading && <Registration event={event} user={user} />}
      <section className="card">
        <h2>{t('event.details.title')}</h2>
        <dl className="facts" data-testid="event-facts">
          <dt>{t('event.form.venue')}</dt>
          <dd>{event.venue ?? dash}</dd>
          <dt>{t('event.form.timeZone')}</dt>
          <dd data-testid="event-zone">{zoneLabel(zone)}</dd>
          <dt>{t('event.form.slotMinutes')}</dt>
          <dd>{t('event.minutes', { count: event.slotMinutes })}</dd>
          <dt>{t('event.form.tables')}</dt>
          <dd>{event.tables}</dd>
          <dt>{t('event.form.registrationDeadline')}</dt>
          <dd>{at(event.registrationDeadline)}</dd>
          <dt>{t('event.form.requestDeadline')}</dt>
          <dd>{at(event.requestDeadline)}</dd>
          <dt>{t('event.form.requestExpiryHours')}</dt>
          <dd>{event.requestExpiryHours ?? dash}</dd>
          <dt>{t('event.form.maxOutgoingRequests')}</dt>
          <dd>{event.maxOutgoingRequests ?? dash}</dd>
          <dt>{t('event.form.defaultMeetingCap')}</dt>
          <dd>{event.defaultMeetingCap ?? dash}</dd>
          {event.counts && (
            <>
              <dt>{t('event.details.participants')}</dt>
              <dd data-testid="event-participant-count">{event.counts.participants}</dd>
            </>
          )}
          {event.organisers?.length > 0 && (
            <>
              <dt>{t('event.details.organisers')}</dt>
              <dd>{event.organisers.map((o) => o.displayName).join(t('event.separator'))}</dd>
            </>
          )}
        </dl>
      </section>
      <section className="card">
        <h2>{t('event.details.sessions')}</h2>
        <p className="hint" data-testid="event-zone-note">
          {t('event.timesIn', { zone: zoneLabel(zone) })}
        </p>
        <ul className="sessions" data-testid="event-sessions">
          {(event.sessions ?? []).map((s, i) => (
            <li key={i}>
              {formatDay(s.date, language)} {hhmm(s.start)}–{hhmm(s.end)}
            </li>
          ))}
          {(event.breaks ?? []).map((b, i) => (
            <li key={`b${i}`} className="break">
              {t('event.break')}: {formatDay(b.date, language)} {hhmm(b.start)}–{hhmm(b.end)}
            </li>
          ))}
        </ul>
        <SlotTimeline event={event} />
      </section>
    </div>
  );
}

