import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { usePublishSchedule, useRunScheduler, useSchedule } from '../api/schedule';
import type { EventDetail, ScheduleRun } from '../api/types';
import { runRatio } from '../utils/figures';
import { formatDateTimeIn } from '../utils/time';
import { CompanyName } from './CompanyName';
import { EventErrorSummary } from './EventErrors';

/** A run's figures and the meetings it could not place, each with its reason. */
export function RunResult({ run, timeZone }: { run: ScheduleRun; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const number = (n: number, digits = 0) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(Number.isFinite(n) ? n : 0);
  return (
    <div className="run-result" data-testid="scheduler-result">
      <p className="hint">{t('event.scheduler.ranAt', { at: formatDateTimeIn(run.at, timeZone, language) })}</p>
      <ul className="figures">
        <li>
          <span className="figure big" data-testid="scheduler-ratio">{runRatio(run)}%</span>
          <span className="figure-label">
            {t('event.scheduler.ratio', { weight: number(run.totalWeight, 1), bound: number(run.bound, 1) })}
          </span>
        </li>
        <li>
          <span className="figure" data-testid="scheduler-scheduled">{run.scheduled}</span>
          <span className="figure-label">{t('event.scheduler.scheduled')}</span>
        </li>
        <li>
          <span className="figure" data-testid="scheduler-unscheduled">{run.unscheduled}</span>
          <span className="figure-label">{t('event.scheduler.unscheduled')}</span>
        </li>
        <li>
          <span className="figure">{run.participantsWithoutMeeting}</span>
          <span className="figure-label">{t('event.scheduler.withoutMeeting')}</span>
        </li>
        <li>
          <span className="figure">{number(run.averageGaps, 2)}</span>
          <span className="figure-label">{t('event.scheduler.averageGaps')}</span>
        </li>
        <li>
          <span className="figure">{number(run.millis)}</span>
          <span className="figure-label">{t('event.scheduler.millis')}</span>
        </li>
      </ul>
      {run.provenOptimal && <p className="status success">{t('event.scheduler.optimal')}</p>}
      {run.problems?.length > 0 && (
        <>
          <h3>{t('event.scheduler.problems')}</h3>
          <table className="table" data-testid="scheduler-problems">
            <tbody>
              {run.problems.map((problem) => (
                <tr key={problem.meetingId} data-testid="scheduler-problem" data-reason={problem.reason}>
                  <td>
                    <CompanyName names={problem.a.companyNames} companyId={problem.a.companyId} full={false} />
                    {' – '}
                    <CompanyName names={problem.b.companyNames} companyId={problem.b.companyId} full={false} />
                  </td>
                  <td title={problem.detail ?? undefined}>
                    {t(`event.unscheduledReason.${problem.reason}`, { defaultValue: problem.detail ?? problem.reason })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}

/** Managers: run the scheduler over the accepted meetings and see how well it did. */
export function SchedulerTab({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const schedule = useSchedule(event.id);
  const run = useRunScheduler(event.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const result = run.data ?? schedule.data?.lastRun ?? null;
  return (
    <section className="scheduler-tab">
      <p className="hint">{t('event.scheduler.lead')}</p>
      {event.counts && (
        <p data-testid="scheduler-counts">
          {t('event.scheduler.counts', { accepted: event.counts.acceptedMeetings, scheduled: event.counts.scheduledMeetings })}
        </p>
      )}
      <button type="button" className="primary" disabled={run.isPending} data-testid="scheduler-run"
        onClick={() => {
          setErrors([]);
          run.mutate(undefined, { onError: (error) => setErrors(failureErrors(error)) });
        }}>
        {run.isPending ? t('event.scheduler.running') : t('event.scheduler.run')}
      </button>
      <EventErrorSummary errors={errors} />
      {result ? <RunResult run={result} timeZone={event.timeZone} /> : <p className="hint">{t('event.scheduler.never')}</p>}
      {result && <PublishSchedule event={event} publishedAt={schedule.data?.publishedAt} />}
    </section>
  );
}

/**
 * Telling the participants: the first time, everyone with meetings gets their agenda by notice and mail (.ics
 * attached); after that every meeting that moves is told to both sides, and publishing again re-sends all agendas.
 */
function PublishSchedule({ event, ...props }: { event: EventDetail; publishedAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishSchedule(event.id);
  const publishedAt = publish.data?.publishedAt ?? props.publishedAt;
  return (
    <div className="publish-schedule">
      <h3>{t('event.scheduler.publishTitle')}</h3>
      <p className="hint" data-testid="schedule-published-state">
        {publishedAt
          ? t('event.scheduler.publishedAt', { at: formatDateTimeIn(publishedAt, event.timeZone, i18n.language) })
          : t('event.scheduler.notPublished')}
      </p>
      <button type="button" disabled={publish.isPending} data-testid="schedule-publish" onClick={() => publish.mutate()}>
        {publishedAt ? t('event.scheduler.publishAgain') : t('event.scheduler.publish')}
      </button>
      {publish.isSuccess && (
        <p role="status" data-testid="schedule-publish-done">
          {t('event.scheduler.publishDone', { count: publish.data.participantsTold })}
        </p>
      )}
      {publish.isError && <p role="alert">{t('event.scheduler.publishFailed')}</p>}
    </div>
  );
}
