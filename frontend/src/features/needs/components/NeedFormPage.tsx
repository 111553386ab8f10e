import { useParams } from 'react-router-dom';
import { canEditCompany, canPostNeed } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { RecordFormPage } from '@/components/RecordFormPage';
import { useNeed, type Need } from '../api/needs';
import { useNeedForm } from '../hooks/useNeedForm';
import { NeedForm } from './NeedForm';

function Editor({ need }: { need?: Need }) {
  const form = useNeedForm(need);
  return <NeedForm form={form} />;
}

/** `/needs/new` and `/needs/:id/edit`. */
export function NeedFormPage() {
  const { id } = useParams();
  const { user } = useCurrentUser();
  const need = useNeed(id);
  return (
    <RecordFormPage id={id} record={need} canCreate={canPostNeed(user)}
      canEdit={(found) => canEditCompany(user, found.company?.id)} notFound="needs.notFound"
      titles={{ new: 'needs.newTitle', edit: 'needs.editTitle' }}>
      {(found) => <Editor key={found?.id} need={found} />}
    </RecordFormPage>
  );
}
