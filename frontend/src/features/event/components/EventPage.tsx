import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { LoadStatus } from '@/components/LoadStatus';
import { useCurrentUser } from '@/lib/auth/session';
import { availableLanguages, pickLanguage } from '@/utils/pickName';
import { useEvent } from '../api/events';
import type { EventDetail } from '../api/types';
import { formatDay, zoneLabel } from '../utils/time';
import { AgendaTab } from './AgendaTab';
import { PhaseBadge } from './Badges';
import { DetailsTab } from './DetailsTab';
import { GridTab } from './GridTab';
import { ManageParticipantsTab } from './ManageParticipantsTab';
import { OrganisersTab } from './OrganisersTab';
import { ParticipantsTab } from './ParticipantsTab';
import { RecommendedTab } from './RecommendedTab';
import { RequestsOverviewTab } from './RequestsOverviewTab';
import { RequestsTab } from './RequestsTab';
import { SchedulerTab } from './SchedulerTab';

/** The dashboard brings the chart library: loaded when a manager opens it. */
const DashboardTab = lazy(() => import('./DashboardTab').then((m) => ({ default: m.DashboardTab })));

export type TabId =
  | 'details'
  | 'participants'
  | 'recommended'
  | 'requests'
  | 'agenda'
  | 'manage-participants'
  | 'requests-overview'
  | 'scheduler'
  | 'grid'
  | 'dashboard'
  | 'organisers';

/** The tabs a reader has: details for everyone, the participant's own for registered companies, the managers'. */
export function tabsFor(event: Pick<EventDetail, 'myParticipant' | 'canManage'>): TabId[] {
  const tabs: TabId[] = ['details'];
  if (event.myParticipant) tabs.push('participants', 'recommended', 'requests', 'agenda');
  if (event.canManage) {
    tabs.push('manage-participants', 'requests-overview', 'scheduler', 'grid', 'dashboard', 'organisers');
  }
  return tabs;
}

function TabContent({ tab, event }: { tab: TabId; event: EventDetail }): ReactNode {
  const { t } = useTranslation();
  const { user, isLoading } = useCurrentUser();
  switch (tab) {
    case 'participants':
      return <ParticipantsTab event={event} />;
    case 'recommended':
      return <RecommendedTab event={event} />;
    case 'requests':
      return <RequestsTab event={event} />;
    case 'agenda':
      return <AgendaTab event={event} />;
    case 'manage-participants':
      return <ManageParticipantsTab event={event} />;
    case 'requests-overview':
      return <RequestsOverviewTab event={event} />;
    case 'scheduler':
      return <SchedulerTab event={event} />;
    case 'grid':
      return <GridTab event={event} />;
    case 'dashboard':
      return (
        <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
          <DashboardTab event={event} />
        </Suspense>
      );
    case 'organisers':
      return <OrganisersTab event={event} />;
    default:
      return <DetailsTab event={event} user={user} userLoading={isLoading} />;
  }
}

/** `/events/:id`: the event, with tabs by what the reader may do (`?tab=` keeps the tab on reload). */
export function EventPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const { data: event, isPending, error } = useEvent(id);

  if (isPending || error || !event) {
    return <LoadStatus pending={isPending} error={error} notFound="event.notFound" failed="event.error" testId="event-error" />;
  }
  const tabs = tabsFor(event);
  const requested = params.get('tab') as TabId | null;
  const tab: TabId = requested && tabs.includes(requested) ? requested : 'details';
  const language = pickLanguage(event.names, i18n.language);
  const otherNames = availableLanguages(event.names).filter((l) => l !== language);
  const days = event.days ?? [];
  return (
    <section className="event-page">
      <Link to="/events" className="back">
        {t('event.backToList')}
      </Link>
      <div className="page-head">
        <h1 data-testid="event-title" lang={language ?? undefined}>
          {language ? event.names[language] : t('event.untitled')}
        </h1>
        {event.canManage && (
          <Link to={`/events/${encodeURIComponent(event.id)}/edit`} className="button" data-testid="event-edit">
            {t('form.edit')}
          </Link>
        )}
      </div>
      {otherNames.length > 0 && (
        <p className="other-names">
          {otherNames.map((l) => (
            <span key={l} lang={l}>
              {event.names[l]}
            </span>
          ))}
        </p>
      )}
      <p className="event-meta">
        <PhaseBadge phase={event.phase} />
        {event.venue && <span>{event.venue}</span>}
        {days.length > 0 && (
          <span>
            {formatDay(days[0], i18n.language)}
            {days.length > 1 && ` – ${formatDay(days[days.length - 1], i18n.language)}`}
          </span>
        )}
        <span>{zoneLabel(event.timeZone)}</span>
      </p>
      {tabs.length > 1 && (
        <div className="tabs" role="tablist" aria-label={t('event.tabs.label')}>
          {tabs.map((id) => (
            <button key={id} type="button" role="tab" aria-selected={id === tab} className={id === tab ? 'tab active' : 'tab'}
              data-testid={`event-tab-${id}`}
              onClick={() => setParams(id === 'details' ? {} : { tab: id }, { replace: true })}>
              {t(`event.tabs.${id}`)}
            </button>
          ))}
        </div>
      )}
      <div className="tab-panel" role="tabpanel">
        <TabContent tab={tab} event={event} />
      </div>
    </section>
  );
}
