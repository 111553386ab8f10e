import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { canEditCompany } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { pickText } from '@/utils/pickName';
import { fetchCompany, useCompany, type Company } from '../api/company';
import { useProfileForm } from '../hooks/useProfileForm';
import { CertificationsEditor } from './CertificationsEditor';
import { LogoUpload } from './LogoUpload';
import { ProfileForm } from './ProfileForm';

/** `/companies/:id/edit`, and `/my/profile` for the signed-in member's own company. */
export function ProfileEditPage() {
  const { t } = useTranslation();
  const params = useParams();
  const { user } = useCurrentUser();
  const id = params.id ?? user?.companyId ?? null;
  const { data: company, isPending, error } = useCompany(id);

  if (!id) return <p className="status">{t('my.noCompany')}</p>;
  if (!canEditCompany(user, id)) {
    return (
      <p className="status error" role="alert" data-testid="forbidden">
        {t('errors.forbidden')}
      </p>
    );
  }
  if (isPending) return <p className="status">{t('company.loading')}</p>;
  if (error || !company) {
    const notFound = error instanceof ApiError && error.status === 404;
    return (
      <p className="status error" role="alert" data-testid="company-error">
        {t(notFound ? 'company.notFound' : 'company.error')}
      </p>
    );
  }
  return <ProfileEditor key={company.id} company={company} />;
}

function ProfileEditor({ company }: { company: Company }) {
  const { t, i18n } = useTranslation();
  const form = useProfileForm(company);
  // the logo and certifications change the profile's version; the form sends the newest one
  const refreshVersion = async (fresh?: Company) =>
    form.adoptVersion((fresh ?? (await fetchCompany(company.id))).version);

  return (
    <section className="profile-edit">
      <Link to={`/companies/${encodeURIComponent(company.id)}`} className="back" data-testid="view-profile">
        ← {t('profileForm.viewProfile')}
      </Link>
      <h1>{t('profileForm.title', { name: pickText(company.names, i18n.language) ?? t('company.unnamed') })}</h1>
      <ProfileForm form={form} />
      <LogoUpload company={company} onChanged={(fresh) => void refreshVersion(fresh)} />
      <CertificationsEditor company={company} onChanged={() => void refreshVersion()} />
    </section>
  );
}
