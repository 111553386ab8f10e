import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ImportProblems } from '@/components/ImportProblems';
import type { FieldError } from '@/lib/api-client';
import { clientError, failureErrors } from '@/lib/forms/fieldErrors';
import { useIndustryLabel } from '@/lib/industries';
import { countryName } from '@/utils/countryName';
import { useImportParticipants, useParticipants } from '../api/participants';
import type { EventDetail, ParticipantImport } from '../api/types';
import { eventErrorText } from '../utils/errors';
import { RoleBadge } from './Badges';
import { CompanyName } from './CompanyName';
import { EventErrorSummary } from './EventErrors';
import { Pager } from '@/components/Pager';
import { TableHead } from '@/components/TableHead';

const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';
const SIZE = 50;

function ImportResult({ result }: { result: ParticipantImport }) {
  const { t } = useTranslation();
  return (
    <div data-testid="participants-import-result">
      <ul className="import-counts">
        <li>{t('event.manage.created', { count: result.created })}</li>
        <li>{t('event.manage.updated', { count: result.updated })}</li>
        <li className={result.rejected ? 'error' : undefined}>{t('event.manage.rejected', { count: result.rejected })}</li>
      </ul>
      <ImportProblems problems={result.problems ?? []} describe={(t, error) => eventErrorText(t, error)}
        testId="participants-import-problems" />
    </div>
  );
}

/** Managers: every participant at a glance, and a CSV import to register many companies at once. */
export function ManageParticipantsTab({ event }: { event: EventDetail }) {
  const { t, i18n } = useTranslation();
  const industryLabel = useIndustryLabel();
  const [page, setPage] = useState(0);
  const { data, isPending } = useParticipants(event.id, { page, size: SIZE });
  const importer = useImportParticipants(event.id);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [result, setResult] = useState<ParticipantImport | null>(null);
  const pages = data ? Math.max(1, Math.ceil(data.total / SIZE)) : 1;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return setErrors([clientError('file', 'required')]);
    if (!isCsv(file)) return setErrors([clientError('file', 'file_type')]);
    setErrors([]);
    setResult(null);
    importer.mutate(file, { onSuccess: setResult, onError: (error) => setErrors(failureErrors(error)) });
  };

  return (
    <div className="manage-participants">
      <section className="card">
        <h2>{t('event.manage.importTitle')}</h2>
        <p className="hint">{t('event.manage.importFormat')}</p>
        <pre className="csv-example">company,role,offers,seeks,max_meetings,unavailable_slots</pre>
        <form className="form" onSubmit={submit} data-testid="participants-import-form">
          <label htmlFor="participants-file">{t('imports.file')}</label>
          <input id="participants-file" type="file" accept=".csv,text/csv" data-testid="participants-import-file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          <EventErrorSummary errors={errors} />
          <button type="submit" className="primary" disabled={importer.isPending} data-testid="participants-import-submit">
            {t('imports.start')}
          </button>
        </form>
        {result && <ImportResult result={result} />}
      </section>
      <section className="card">
        <h2>{t('event.manage.listTitle', { count: data?.total ?? 0 })}</h2>
        {isPending && <p className="status">{t('app.loading')}</p>}
        {data && data.items.length === 0 && <p className="hint">{t('event.participants.none')}</p>}
        {data && data.items.length > 0 && (
          <table className="table" data-testid="manage-participants-table">
            <TableHead
              columns={[
                t('event.agenda.counterpart'),
                t('event.register.role'),
                t('company.country'),
                t('company.industry'),
                t('event.register.maxMeetings'),
                t('event.manage.unavailable'),
                null,
              ]}
            />
            <tbody>
              {data.items.map((p) => (
                <tr key={p.id} data-testid="manage-participant">
                  <td>
                    <CompanyName names={p.companyNames} companyId={p.companyId} full={false} />
                  </td>
                  <td>
                    <RoleBadge role={p.role} />
                  </td>
                  <td>{countryName(p.country, i18n.language) ?? t('company.unknown')}</td>
                  <td>{industryLabel(p.industry, i18n.language) ?? t('company.unknown')}</td>
                  <td>{p.maxMeetings ?? event.defaultMeetingCap ?? t('company.unknown')}</td>
                  <td>{p.unavailableSlots?.length ?? 0}</td>
                  <td>
                    <Link to={`/events/${encodeURIComponent(event.id)}/agenda/print?participantId=${encodeURIComponent(p.id)}`}>
                      {t('event.agenda.print')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={page} pages={pages} onPage={setPage} />
      </section>
    </div>
  );
}
