import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { canEditCompany, canPostCapacity } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { RecordFormPage } from '@/components/RecordFormPage';
import { useCapacity, type Capacity } from '../api/capacities';
import { useCapacityForm } from '../hooks/useCapacityForm';
import { CapacityForm } from './CapacityForm';

function Editor({ capacity }: { capacity?: Capacity }) {
  const { i18n } = useTranslation();
  const form = useCapacityForm(capacity, i18n.language === 'zh' ? 'CN' : 'JP');
  return <CapacityForm form={form} />;
}

/** `/capacities/new` and `/capacities/:id/edit`. */
export function CapacityFormPage() {
  const { id } = useParams();
  const { user } = useCurrentUser();
  const capacity = useCapacity(id);
  return (
    <RecordFormPage id={id} record={capacity} canCreate={canPostCapacity(user)}
      canEdit={(found) => canEditCompany(user, found.company?.id)} notFound="capacities.notFound"
      titles={{ new: 'capacities.newTitle', edit: 'capacities.editTitle' }}>
      {(found) => <Editor key={found?.id} capacity={found} />}
    </RecordFormPage>
  );
}
