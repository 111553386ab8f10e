import { useTranslation } from 'react-i18next';

/** Shown on a 409: someone saved a newer version; reloading takes theirs (and drops this form's edits). */
export function ConflictNotice({ onReload, testId }: { onReload: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="status error conflict" role="alert" data-testid={`${testId}-conflict`}>
      {t('form.conflict')}{' '}
      <button type="button" className="button" data-testid={`${testId}-reload`} onClick={onReload}>
        {t('form.reload')}
      </button>
    </div>
  );
}
