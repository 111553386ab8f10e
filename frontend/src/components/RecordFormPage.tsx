import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page of a form that creates a record (no `id` in the route) or edits the one `record` reads: it says when the
 * user may not, while the record loads, and when it is not there; `children` gets the record (none for a new one).
 */
export function RecordFormPage<T>({
  id,
  record,
  canCreate,
  canEdit,
  notFound,
  children,
}: {
  id: string | undefined;
  record: { data?: T; isPending: boolean; isError: boolean };
  canCreate: boolean;
  canEdit: (record: T) => boolean;
  /** The message key for a record that could not be read. */
  notFound: string;
  children: (record?: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const forbidden = (
    <p className="status error" role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </p>
  );
  if (!id) return canCreate ? children() : forbidden;
  if (record.isPending) return <p className="status">{t('app.loading')}</p>;
  if (record.isError || !record.data) return <p className="status error" role="alert">{t(notFound)}</p>;
  if (!canEdit(record.data)) return forbidden;
  return children(record.data);
}
