import { useTranslation } from 'react-i18next';
import type { PlacedErrors } from '@/lib/forms/fieldErrors';
import { ConflictNotice } from './ConflictNotice';
import { ErrorSummary } from './FieldErrors';

/** The end of every form: a conflict notice, the error count and summary, "saved", and the save button. */
export function FormFooter({
  testId,
  errors,
  conflict,
  onReload,
  saving,
  saved,
}: {
  testId: string;
  errors: PlacedErrors;
  conflict: boolean;
  onReload: () => void;
  saving: boolean;
  saved: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-footer">
      {conflict && <ConflictNotice testId={testId} onReload={onReload} />}
      {errors.count > 0 && (
        <p className="status error" role="alert" data-testid={`${testId}-invalid`}>
          {t('form.fixErrors', { count: errors.count })}
        </p>
      )}
      <ErrorSummary errors={errors.unplaced} />
      {saved && (
        <p className="status success" role="status" data-testid={`${testId}-saved`}>
          {t('form.saved')}
        </p>
      )}
      <button type="submit" className="primary" disabled={saving} data-testid={`${testId}-save`}>
        {saving ? t('form.saving') : t('form.save')}
      </button>
    </div>
  );
}
