import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canPostCapacity, canPostNeed, hasCompany, isUnaffiliated } from '@/lib/auth/permissions';
import { useCurrentUser } from '@/lib/auth/session';
import { pickText } from '@/utils/pickName';
import { useCompany } from '../api/company';
import { useCompanyCapacities, useCompanyNeeds, type ListingSummary } from '../api/listings';
import { profileCompleteness } from '../utils/profileDraft';
import { CertificationList } from './CertificationList';
import { ListingLinks } from './ListingLinks';

/** The user's own needs or capacities, each to edit, and the link to post a new one (for those who may). */
function ListingCard({
  title,
  create,
  ...links
}: {
  title: string;
  create?: { label: string; testId: string };
  items: ListingSummary[] | undefined;
  base: '/needs' | '/capacities';
  testId: string;
  empty: string;
}) {
  return (
    <div className="card">
      <h2>{title}</h2>
      {create && (
        <Link to={`${links.base}/new`} className="button" data-testid={create.testId}>
          {create.label}
        </Link>
      )}
      <ListingLinks {...links} editable />
    </div>
  );
}

/**
 * `/my`: the signed-in member's company at a glance, with the way to everything they can change. `account` is the
 * user's own settings, drawn by the auth feature and passed in by the app (a feature never imports another).
 */
export function MyCompanyPage({ account }: { account?: ReactNode } = {}) {
  const { t, i18n } = useTranslation();
  const { user } = useCurrentUser();
  // an unaffiliated account has no company, whatever it still says
  const companyId = hasCompany(user) ? user.companyId : null;
  const { data: company, isPending, isError } = useCompany(companyId);
  const needs = useCompanyNeeds(companyId);
  const capacities = useCompanyCapacities(companyId);

  if (!companyId) {
    return (
      <section className="my-company">
        {isUnaffiliated(user) && <h1>{t('my.accountTitle')}</h1>}
        <p className="status" data-testid="my-no-company">{t('my.noCompany')}</p>
        {isUnaffiliated(user) && (
          <p className="lead" data-testid="my-unaffiliated">
            {t('my.unaffiliated')}
          </p>
        )}
        {account}
      </section>
    );
  }
  if (isPending) return <p className="status">{t('company.loading')}</p>;
  if (isError || !company) return <p className="status error" role="alert">{t('company.error')}</p>;

  const completeness = profileCompleteness(company);
  const companyPath = `/companies/${encodeURIComponent(company.id)}`;
  return (
    <section className="my-company" data-testid="my-company">
      <h1>{pickText(company.names, i18n.language) ?? t('company.unnamed')}</h1>
      <div className="card">
        <h2>{t('my.completeness')}</h2>
        <progress max={100} value={completeness.percent} aria-label={t('my.completeness')} />
        <span data-testid="profile-completeness"> {completeness.percent}%</span>
        {completeness.missing.length > 0 && (
          <p className="hint">
            {t('my.missing')} {completeness.missing.map((item) => t(`completeness.${item}`)).join(t('my.separator'))}
          </p>
        )}
        <p className="actions">
          <Link to="/my/profile" className="button primary" data-testid="edit-profile">
            {t('my.editProfile')}
          </Link>
          <Link to={companyPath} className="button" data-testid="view-my-profile">
            {t('my.viewProfile')}
          </Link>
        </p>
      </div>
      <ListingCard title={t('my.needs')} items={needs.data} base="/needs" testId="my-need" empty={t('my.noNeeds')}
        create={canPostNeed(user) ? { label: t('my.newNeed'), testId: 'new-need' } : undefined} />
      <ListingCard title={t('my.capacities')} items={capacities.data} base="/capacities" testId="my-capacity"
        empty={t('my.noCapacities')}
        create={canPostCapacity(user) ? { label: t('my.newCapacity'), testId: 'new-capacity' } : undefined} />
      <div className="card">
        <CertificationList certifications={company.certifications ?? []} />
        {(company.certifications ?? []).length === 0 && <p className="status">{t('certifications.none')}</p>}
        <Link to="/my/profile">{t('my.manageCertifications')}</Link>
      </div>
      <nav className="card quick-links" aria-label={t('my.quickLinks')}>
        <h2>{t('my.quickLinks')}</h2>
        <ul>
          <li><Link to="/my/team" data-testid="my-team">{t('my.team')}</Link></li>
          <li><Link to="/inbox">{t('nav.inbox')}</Link></li>
          <li><Link to="/introductions" data-testid="my-introductions">{t('nav.introductions')}</Link></li>
          <li><Link to={companyPath}>{t('my.viewProfile')}</Link></li>
          <li><Link to="/">{t('my.search')}</Link></li>
        </ul>
      </nav>
      {account}
    </section>
  );
}
