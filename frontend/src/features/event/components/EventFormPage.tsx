import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { canOrganiseEvents } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { RecordFormPage } from '@/components/RecordFormPage';
import { useEvent } from '../api/events';
import type { EventDetail } from '../api/types';
import { useEventForm } from '../hooks/useEventForm';
import { EventForm } from './EventForm';

function Editor({ event }: { event?: EventDetail }) {
  const form = useEventForm(event);
  return <EventForm form={form} />;
}

/** `/events/new` (organisers, admins) and `/events/:id/edit` (the event's managers). */
export function EventFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useCurrentUser();
  const event = useEvent(id);
  return (
    <RecordFormPage id={id} record={event} canCreate={canOrganiseEvents(user)} canEdit={(found) => found.canManage}
      notFound="event.notFound" titles={{ new: 'event.form.newTitle', edit: 'event.form.editTitle' }}
      className="event-form-page"
      back={(found) => (
        <Link to={`/events/${encodeURIComponent(found.id)}`} className="back">
          {t('event.back')}
        </Link>
      )}>
      {(found) => <Editor key={found?.id} event={found} />}
    </RecordFormPage>
  );
}
