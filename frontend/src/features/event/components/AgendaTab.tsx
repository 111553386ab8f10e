import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { downloadAgenda, useAgenda } from '../api/agenda';
import type { EventDetail } from '../api/types';
import { zoneLabel } from '../utils/time';
import { AgendaTable } from './AgendaTable';
import { EventErrorSummary } from './EventErrors';

/** My meetings at the event, with downloads (iCalendar, CSV) and a printable page. */
export function AgendaTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const { data, isPending, isError } = useAgenda(event.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const get = (format: 'ics' | 'csv') => {
    setErrors([]);
    downloadAgenda(event.id, format).catch((error) => setErrors(failureErrors(error)));
  };
  return (
    <section className="agenda-tab">
      <div className="actions">
        <button type="button" className="button" data-testid="agenda-ics" onClick={() => get('ics')}>
          {t('event.agenda.ics')}
        </button>
        <button type="button" className="button" data-testid="agenda-csv" onClick={() => get('csv')}>
          {t('event.agenda.csv')}
        </button>
        <Link to={`/events/${encodeURIComponent(event.id)}/agenda/print`} className="button" data-testid="agenda-print">
          {t('event.agenda.print')}
        </Link>
      </div>
      <EventErrorSummary errors={errors} />
      <p className="hint">{t('event.timesIn', { zone: zoneLabel(event.timeZone) })}</p>
      {isPending && <p className="status">{t('app.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('event.agenda.error')}
        </p>
      )}
      {data && <AgendaTable eventId={event.id} timeZone={event.timeZone} items={data.items ?? []} editable />}
    </section>
  );
}
