import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '@/components/form/Select';
import { TableHead } from '@/components/TableHead';
import { useRequests } from '../api/requests';
import { REQUEST_STATUSES, type EventDetail, type RequestStatus } from '../api/types';
import { formatDateTimeIn } from '../utils/time';
import { MutualBadge, PriorityBadge, RequestStatusBadge } from './Badges';
import { CompanyName } from './CompanyName';

/** Managers: every request of the event, counted per status and listed. */
export function RequestsOverviewTab({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const { data, isPending, isError } = useRequests(event.id, 'all');
  const [status, setStatus] = useState<RequestStatus | ''>('');
  const counts = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0])) as Record<RequestStatus, number>;
  for (const request of data ?? []) counts[request.status] = (counts[request.status] ?? 0) + 1;
  const shown = (data ?? []).filter((r) => !status || r.status === status);
  return (
    <section className="requests-overview">
      {isPending && <p className="status">{t('app.loading')}</p>}
      {isError && (
        <p className="status error" role="alert">
          {t('event.requests.error')}
        </p>
      )}
      {data && (
        <>
          <ul className="figures" data-testid="requests-counts">
            <li>
              <span className="figure">{data.length}</span>
              <span className="figure-label">{t('event.overview.total')}</span>
            </li>
            {REQUEST_STATUSES.map((s) => (
              <li key={s} data-testid={`requests-count-${s}`}>
                <span className="figure">{counts[s]}</span>
                <span className="figure-label">{t(`event.requestStatus.${s}`)}</span>
              </li>
            ))}
          </ul>
          <label className="sort">
            {t('introductions.show')}
            <Select value={status} onChange={setStatus} empty={t('event.overview.all')} options={REQUEST_STATUSES}
              optionLabel={(s) => t(`event.requestStatus.${s}`)} />
          </label>
          <table className="table" data-testid="requests-overview-table">
            <TableHead
              columns={[
                t('event.overview.from'),
                t('event.overview.to'),
                t('event.request.priority'),
                t('event.overview.status'),
                t('event.overview.sent'),
              ]}
            />
            <tbody>
              {shown.map((r) => (
                <tr key={r.id} data-testid="requests-overview-row">
                  <td>
                    <CompanyName names={r.from.companyNames} companyId={r.from.companyId} full={false} />
                  </td>
                  <td>
                    <CompanyName names={r.to.companyNames} companyId={r.to.companyId} full={false} />
                  </td>
                  <td>
                    <PriorityBadge priority={r.priority} /> {r.mutual && <MutualBadge />}
                  </td>
                  <td>
                    <RequestStatusBadge status={r.status} />
                  </td>
                  <td>{formatDateTimeIn(r.createdAt, event.timeZone, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
