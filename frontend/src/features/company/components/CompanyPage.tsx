import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LanguageBadge } from '@/components/LanguageBadge';
import { ApiError } from '@/lib/api-client';
import { useCompany } from '../api/company';
import { useCompanyView } from '../hooks/useCompanyView';

export function CompanyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
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

  const unknown = t('company.unknown');
  return (
    <section className="company">
      {back}
      <h1 data-testid="profile-name" lang={view.nameLanguage ?? undefined}>
        {view.name}
      </h1>
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
      <dl className="facts">
        <dt>{t('company.country')}</dt>
        <dd>{view.country ?? unknown}</dd>
        <dt>{t('company.region')}</dt>
        <dd>{view.region ?? unknown}</dd>
        <dt>{t('company.industry')}</dt>
        <dd>{view.industry ?? unknown}</dd>
        <dt>{t('company.capital')}</dt>
        <dd data-testid="profile-capital">{view.capital ?? unknown}</dd>
        <dt>{t('company.employees')}</dt>
        <dd>{view.employees ?? unknown}</dd>
        <dt>{t('company.founded')}</dt>
        <dd>{view.foundedYear ?? unknown}</dd>
        <dt>{t('company.website')}</dt>
        <dd>
          {view.website ? (
            <a href={view.website} target="_blank" rel="noopener noreferrer" title={t('company.visitWebsite')}>
              {view.website}
            </a>
          ) : (
            unknown
          )}
        </dd>
      </dl>
      <h2>{t('company.description')}</h2>
      {view.descriptions.length === 0 && <p className="status">{t('company.noDescription')}</p>}
      {view.descriptions.map(({ language, text }) => (
        <p key={language} className="description" lang={language}>
          <LanguageBadge language={language} /> {text}
        </p>
      ))}
      {view.technologies.length > 0 && (
        <>
          <h2>{t('company.technologies')}</h2>
          <ul className="chips">
            {view.technologies.map((technology) => (
              <li key={technology}>{technology}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
