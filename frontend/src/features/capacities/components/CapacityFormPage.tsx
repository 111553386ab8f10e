import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { canEditCompany, canPostCapacity } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { useCapacity, type Capacity } from '../api/capacities';
import { useCapacityForm } from '../hooks/useCapacityForm';
import { CapacityForm } from './CapacityForm';

function Editor({ capacity }: { capacity?: Capacity }) {
  const { t, i18n } = useTranslation();
  const form = useCapacityForm(capacity, i18n.language === 'zh' ? 'CN' : 'JP');
  return (
    <section>
      <h1>{t(capacity ? 'capacities.editTitle' : 'capacities.newTitle')}</h1>
      <CapacityForm form={form} />
    </section>
  );
}

/** `/capacities/new` and `/capacities/:id/edit`. */
export function CapacityFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useCurrentUser();
  const { data: capacity, isPending, isError } = useCapacity(id);
  const forbidden = (
    <p className="status error" role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </p>
  );
  if (!id) return canPostCapacity(user) ? <Editor /> : forbidden;
  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !capacity) return <p className="status error" role="alert">{t('capacities.notFound')}</p>;
  if (!canEditCompany(user, capacity.company?.id)) return forbidden;
  return <Editor key={capacity.id} capacity={capacity} />;
}
