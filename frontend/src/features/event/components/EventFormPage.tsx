import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { canOrganiseEvents } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { useEvent } from '../api/events';
import type { EventDetail } from '../api/types';
import { useEventForm } from '../hooks/useEventForm';
import { EventForm } from './EventForm';

function Editor({ event }: { event?: EventDetail }) {
  const { t } = useTranslation();
  const form = useEventForm(event);
  return (
    <section className="event-form-page">
      {event && (
        <Link to={`/events/${encodeURIComponent(event.id)}`} className="back">
          {t('event.back')}
        </Link>
      )}
      <h1>{t(event ? 'event.form.editTitle' : 'event.form.newTitle')}</h1>
      <EventForm form={form} />
    </section>
  );
}

/** `/events/new` (organisers, admins) and `/events/:id/edit` (the event's managers). */
export function EventFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useCurrentUser();
  const { data: event, isPending, isError } = useEvent(id);
  const forbidden = (
    <p className="status error" role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </p>
  );
  if (!id) return canOrganiseEvents(user) ? <Editor /> : forbidden;
  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !event) return <p className="status error" role="alert">{t('event.notFound')}</p>;
  if (!event.canManage) return forbidden;
  return <Editor key={event.id} event={event} />;
}
