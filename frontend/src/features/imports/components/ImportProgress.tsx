import { useTranslation } from 'react-i18next';
import { progressPercent, type ImportJob } from '../api/imports';

export function ImportProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const percent = progressPercent(job);
  return (
    <div className="import-progress" data-testid="import-job" data-status={job.status}>
      <p>
        {t(`imports.status.${job.status}`)}
        {job.format && ` · ${t('imports.format', { format: job.format })}`}
      </p>
      <progress max={100} value={percent} data-testid="import-progress" aria-label={t('imports.progress')} />
      <span data-testid="import-processed">
        {' '}
        {t('imports.processed', { processed: job.processed, total: job.total || '?' })}
      </span>
      {job.status !== 'RUNNING' && (
        <ul className="import-counts" data-testid="import-counts">
          <li>{t('imports.created', { count: job.created })}</li>
          <li>{t('imports.updated', { count: job.updated })}</li>
          {job.unchanged != null && <li>{t('imports.unchanged', { count: job.unchanged })}</li>}
          <li className={job.rejected ? 'error' : undefined}>{t('imports.rejected', { count: job.rejected })}</li>
        </ul>
      )}
    </div>
  );
}
