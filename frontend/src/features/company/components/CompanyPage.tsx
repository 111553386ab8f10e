import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LanguageBadge } from '@/components/LanguageBadge';
import { ApiError } from '@/lib/api-client';
import { canEditCompany } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import type { InquirySlot } from '@/lib/inquiries';
import type { RecommendationSlot } from '@/lib/recommendations';
import { useCompany } from '../api/company';
import { useCompanyView } from '../hooks/useCompanyView';
import { CertificationList } from './CertificationList';
import { CompanyDetails } from './CompanyDetails';
import { CompanyFacts } from './CompanyFacts';
import { CompanyListings } from './CompanyListings';
import { EquipmentTable } from './EquipmentTable';
import { SmeClassBadge } from './SmeClassBadge';

/**
 * `recommendations`: the app's slot for the panel of needs and listings that fit the company; `inquiry`: its slot for
 * "send inquiry" (see src/app).
 */
export function CompanyPage({
  recommendations,
  inquiry,
}: { recommendations?: RecommendationSlot; inquiry?: InquirySlot } = {}) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { data: company, isPending, error } = useCompany(id);
  const view = useCompanyView(company);

  const back = (
    <Link to="/" className="back" data-testid="back-to-search">
      ← {t('company.back')}
    </Link>
  );
  if (isPending) return <p className="status">{t('company.loading')}</p>;
  if (error || !view) {
    const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
    return (
      <section>
        {back}
        <p className="status error" role="alert" data-testid="company-error">
          {t(notFound ? 'company.notFound' : 'company.error')}
        </p>
      </section>
    );
  }

  return (
    <section className="company">
      {back}
      <header className="company-header">
        {view.logoUrl && <img src={view.logoUrl} alt={t('logo.alt')} className="logo" data-testid="profile-logo" />}
        <div>
          <h1 data-testid="profile-name" lang={view.nameLanguage ?? undefined}>
            {view.name}
          </h1>
          {view.headline && (
            <p className="headline" data-testid="profile-headline" lang={view.headlineLanguage ?? undefined}>
              {view.headline}
            </p>
          )}
          <p className="badges">
            {view.verified && (
              <span className="badge verified" data-testid="verified-badge">
                ✓ {t('company.verified')}
              </span>
            )}
            {view.smeClass && <SmeClassBadge smeClass={view.smeClass} />}
          </p>
        </div>
      </header>
      <div className="actions">
        {canEditCompany(user, view.id) && (
          <Link to={`/companies/${encodeURIComponent(view.id)}/edit`} className="button" data-testid="edit-company">
            {t('company.edit')}
          </Link>
        )}
        {inquiry?.({ type: 'COMPANY', id: view.id, ownerCompanyId: view.id })}
      </div>
      {view.otherNames.length > 0 && (
        <p className="other-names">
          <span>{t('company.otherNames')}:</span>
          {view.otherNames.map(({ language, text }) => (
            <span key={language} className="other-name" lang={language}>
              <LanguageBadge language={language} /> {text}
            </span>
          ))}
        </p>
      )}
      <CompanyFacts view={view} />
      <CompanyDetails view={view} />
      <EquipmentTable equipment={view.equipment} />
      <CertificationList certifications={view.certifications} />
      <CompanyListings companyId={view.id} />
      {recommendations?.({ type: 'company', id: view.id, companyId: view.id })}
    </section>
  );
}
