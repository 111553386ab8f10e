import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import { download, type FieldError } from '@/lib/api-client';
import { clientError, problemsOf } from '@/lib/forms/fieldErrors';
import { useImportJob, useStartImport } from '../api/imports';
import { ImportProblems } from '@/components/ImportProblems';
import { ImportProgress } from './ImportProgress';

const isCsv = (file: File) => /\.csv$/i.test(file.name) || file.type === 'text/csv';

/** `/admin/import`: upload a CSV of companies, watch it run, see what was rejected; and export everything. */
export function ImportPage() {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const { data: job } = useImportJob(jobId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setErrors([clientError('file', 'required')]);
    if (!isCsv(file)) return setErrors([clientError('file', 'file_type')]);
    setErrors([]);
    start.mutate(file, {
      onSuccess: (started) => setJobId(started.id),
      onError: (error) => setErrors(problemsOf(error).errors),
    });
  };
  const exportAll = () =>
    download('/api/companies/export.csv', 'musubi-companies.csv').catch((error) => setErrors(problemsOf(error).errors));

  return (
    <section className="import-page">
      <h1>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <ul className="hint-list">
        <li>{t('imports.formatCompany300')}</li>
        <li>{t('imports.formatTemplate')}</li>
        <li>{t('imports.encoding')}</li>
      </ul>
      <form onSubmit={submit} className="form" data-testid="import-form">
        <label htmlFor="import-file">{t('imports.file')}</label>
        <input id="import-file" type="file" accept=".csv,text/csv" data-testid="import-file"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <ErrorSummary errors={errors} />
        <button type="submit" className="primary" disabled={start.isPending || job?.status === 'RUNNING'}
          data-testid="import-submit">
          {t('imports.start')}
        </button>
      </form>
      {job && <ImportProgress job={job} />}
      {job && <ImportProblems problems={job.problems ?? []} />}
      <h2>{t('imports.exportTitle')}</h2>
      <p>{t('imports.exportText')}</p>
      <button type="button" className="button" onClick={() => void exportAll()} data-testid="export-link">
        {t('imports.export')}
      </button>
    </section>
  );
}
