import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { canEditCompany, canPostNeed } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { useNeed, type Need } from '../api/needs';
import { useNeedForm } from '../hooks/useNeedForm';
import { NeedForm } from './NeedForm';

function Editor({ need }: { need?: Need }) {
  const { t } = useTranslation();
  const form = useNeedForm(need);
  return (
    <section>
      <h1>{t(need ? 'needs.editTitle' : 'needs.newTitle')}</h1>
      <NeedForm form={form} />
    </section>
  );
}

/** `/needs/new` and `/needs/:id/edit`. */
export function NeedFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { user } = useCurrentUser();
  const { data: need, isPending, isError } = useNeed(id);
  const forbidden = (
    <p className="status error" role="alert" data-testid="forbidden">
      {t('errors.forbidden')}
    </p>
  );
  if (!id) return canPostNeed(user) ? <Editor /> : forbidden;
  if (isPending) return <p className="status">{t('app.loading')}</p>;
  if (isError || !need) return <p className="status error" role="alert">{t('needs.notFound')}</p>;
  if (!canEditCompany(user, need.company?.id)) return forbidden;
  return <Editor key={need.id} need={need} />;
}
