import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page of a form that creates a record (no `id` in the route) or edits the one `record` reads: its title (from
 * `titles`, message keys), and `children` with the record (none for a new one); or why there is no form: the user may
 * not, the record is loading, or it is not there. `back` is a link above the title of an existing record.
 */
export function RecordFormPage<T>({
  id,
  record,
  canCreate,
  canEdit,
  notFound,
  titles,
  className,
  back,
  children,
}: {
  id: string | undefined;
  record: { data?: T; isPending: boolean; isError: boolean };
  canCreate: boolean;
  canEdit: (record: T) => boolean;
  /** The message key for a record that could not be read. */
  notFound: string;
  titles: { new: string; edit: string };
  className?: string;
  back?: (record: T) => ReactNode;
  children: (record?: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const forbidden = (
    <p className="status error" role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </p>
  );
  const page = (found?: T) => (
    <section className={className}>
      {found !== undefined && back?.(found)}
      <h1>{t(found !== undefined ? titles.edit : titles.new)}</h1>
      {children(found)}
    </section>
  );
  if (!id) return canCreate ? page() : forbidden;
  if (record.isPending) return <p className="status">{t('app.loading')}</p>;
  if (record.isError || !record.data) return <p className="status error" role="alert">{t(notFound)}</p>;
  if (!canEdit(record.data)) return forbidden;
  return page(record.data);
}
