import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { pickLanguage } from '@/utils/pickName';
import { useAgenda } from '../api/agenda';
import { zoneLabel } from '../utils/time';
import { AgendaTable } from './AgendaTable';
import { CompanyName } from './CompanyName';

/** `/events/:id/agenda/print[?participantId=]`: a clean agenda to print (the frame is hidden in print). */
export function PrintAgendaPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const participantId = params.get('participantId');
  const { data, isPending, isError } = useAgenda(id, participantId);
  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !data) {
    return (
      <p className="status error" role="alert">
        {t('event.agenda.error')}
      </p>
    );
  }
  const language = pickLanguage(data.event.names, i18n.language);
  return (
    <section className="print-agenda" data-testid="print-agenda">
      <div className="actions no-print">
        <Link to={`/events/${encodeURIComponent(id)}?tab=agenda`} className="back">
          {t('event.back')}
        </Link>
        <button type="button" className="primary" data-testid="agenda-print-button" onClick={() => window.print()}>
          {t('event.agenda.printNow')}
        </button>
      </div>
      <h1 lang={language ?? undefined}>{language ? data.event.names[language] : t('event.untitled')}</h1>
      <p className="print-meta">
        {data.participant && <CompanyName names={data.participant.companyNames} link={false} />}
        {data.event.venue && <span>{data.event.venue}</span>}
        <span>{t('event.timesIn', { zone: zoneLabel(data.event.timeZone) })}</span>
      </p>
      <AgendaTable eventId={id} timeZone={data.event.timeZone} items={data.items ?? []} editable={false} />
    </section>
  );
}
