import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FieldError } from '@/lib/api-client';
import { failureErrors } from '@/lib/forms/fieldErrors';
import { useIndustryLabel } from '@/lib/industries';
import { countryName } from '@/utils/countryName';
import { downloadOutcomes } from '../api/agenda';
import { useDashboard } from '../api/schedule';
import { OUTCOMES, type EventDetail, type ShareRow } from '../api/types';
import { percent, reachedShare } from '../utils/figures';
import { EventErrorSummary } from './EventErrors';
import { FollowUpSection } from './FollowUpSection';
import { FunnelChart } from './FunnelChart';

interface ChartRow {
  name: string;
  value: number;
}

function Chart({ title, rows, unit, testId }: { title: string; rows: ChartRow[]; unit?: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {rows.length === 0 ? (
        <p className="hint">{t('event.dashboard.noData')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 36 + 40)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} unit={unit} domain={unit === '%' ? [0, 100] : undefined} />
            <YAxis type="category" dataKey="name" width={160} />
            <Tooltip formatter={(value) => `${value}${unit ?? ''}`} />
            <Bar dataKey="value" name={title} fill="#b3312d" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
      {/* the numbers behind the chart, for screen readers and print */}
      <table className="sr-only">
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th>{row.name}</th>
              <td>
                {row.value}
                {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

const shareRows = (rows: ShareRow[] | null | undefined, label: (key: string) => string): ChartRow[] =>
  (rows ?? []).map((row) => ({ name: label(row.key), value: percent(row.reached, row.exhibitors, row.share) }));

/**
 * Managers: how the event went — figures, the funnel from requests to deals (with the follow-up surveys' rounds),
 * outcomes, the share of exhibitors that reached business talks — and the follow-up survey rounds to schedule.
 */
export function DashboardTab({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data, isPending, isError } = useDashboard(event.id);
  const [errors, setErrors] = useState<FieldError[]>([]);
  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !data) {
    return (
      <p className="status error" role="alert">
        {t('event.dashboard.error')}
      </p>
    );
  }
  const figures: Array<[string, number]> = [
    ['participants', data.participants],
    ['exhibitors', data.exhibitors],
    ['meetingsAccepted', data.meetingsAccepted],
    ['meetingsScheduled', data.meetingsScheduled],
    ['meetingsHeld', data.meetingsHeld],
    ['noShows', data.noShows],
  ];
  const outcomes = OUTCOMES.map((o) => ({ name: t(`event.outcome.${o}`), value: data.outcomes?.[o] ?? 0 }));
  return (
    <section className="dashboard-tab">
      <div className="share-box">
        <span className="figure huge" data-testid="dashboard-share">
          {reachedShare(data)}%
        </span>
        <span className="figure-label">
          {t('event.dashboard.share', { reached: data.exhibitorsReachedTalks, exhibitors: data.exhibitors })}
        </span>
      </div>
      <ul className="figures" data-testid="dashboard-figures">
        {figures.map(([key, value]) => (
          <li key={key} data-testid={`dashboard-${key}`}>
            <span className="figure">{value ?? 0}</span>
            <span className="figure-label">{t(`event.dashboard.${key}`)}</span>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="button" data-testid="dashboard-export"
          onClick={() => {
            setErrors([]);
            downloadOutcomes(event.id).catch((error) => setErrors(failureErrors(error)));
          }}>
          {t('event.dashboard.export')}
        </button>
      </div>
      <EventErrorSummary errors={errors} />
      {data.funnel && <FunnelChart funnel={data.funnel} />}
      <div className="charts">
        <Chart title={t('event.dashboard.outcomes')} rows={outcomes} testId="dashboard-outcomes" />
        <Chart title={t('event.dashboard.byIndustry')} unit="%" testId="dashboard-by-industry"
          rows={shareRows(data.byIndustry, (key) => industryLabel(key, language) ?? key)} />
        <Chart title={t('event.dashboard.byCountry')} unit="%" testId="dashboard-by-country"
          rows={shareRows(data.byCountry, (key) => countryName(key, language) ?? key)} />
      </div>
      <FollowUpSection event={event} />
    </section>
  );
}
