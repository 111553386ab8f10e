import { useTranslation } from 'react-i18next';

/** OPEN / CLOSED / ANSWERED and the like, named through the catalogue's `status` texts. */
export function StatusBadge({ status, testId = 'status-badge' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge status-${status.toLowerCase()}`} data-testid={testId} data-status={status}>
      {t(`status.${status}`, { defaultValue: status })}
    </span>
  );
}
