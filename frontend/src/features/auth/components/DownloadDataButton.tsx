import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/form/FieldErrors';
import type { FieldError } from '@/lib/api-client';
import { problemsOf } from '@/lib/forms/fieldErrors';
import { downloadAccountData } from '../api/auth';

/** "Download my data": everything the platform keeps about the user, as a JSON file. */
export function DownloadDataButton() {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const download = () => {
    setPending(true);
    setErrors([]);
    downloadAccountData()
      .catch((error: unknown) => setErrors(problemsOf(error).errors))
      .finally(() => setPending(false));
  };

  return (
    <section className="card" data-testid="account-export">
      <h2>{t('settings.exportTitle')}</h2>
      <p className="hint">{t('settings.exportText')}</p>
      <button type="button" className="button" disabled={pending} onClick={download} data-testid="account-export-download">
        {pending ? t('settings.exporting') : t('settings.export')}
      </button>
      <ErrorSummary errors={errors} testId="account-export-error" />
    </section>
  );
}
