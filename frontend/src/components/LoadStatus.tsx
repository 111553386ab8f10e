import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';

/**
 * What a page shows instead of its record: "loading" while `pending`, else why there is none: `notFound` when the
 * server refused (a 4xx: unknown, removed or not for this reader), `failed` when it could not answer.
 */
export function LoadStatus({
  pending,
  error,
  notFound,
  failed,
  testId,
}: {
  pending: boolean;
  error: unknown;
  notFound: string;
  failed: string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (pending) return <p className="status">{t('app.loading')}</p>;
  const missing = error instanceof ApiError && error.status < 500;
  return (
    <p className="status error" role="alert" data-testid={testId}>
      {t(missing ? notFound : failed)}
    </p>
  );
}
