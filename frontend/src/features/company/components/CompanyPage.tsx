import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { LanguageBadge } from '@/components/LanguageBadge';
import { ApiError } from '@/lib/api-client';
import { useIndustryLabel } from '@/lib/industries';
import { availableLanguages, pickText } from '@/utils/pickName';
import { useCompany } from '../api/company';

function countryName(code: string, language: string) {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function CompanyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data: company, isPending, error } = useCompany(id);

  const back = (
    <Link to="/" className="back">
      ← {t('company.back')}
    </Link>
  );
  if (isPending) return <p className="status">{t('company.loading')}</p>;
  if (error || !company) {
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

  const name = pickText(company.names, language);
  const otherNames = availableLanguages(company.names).filter((l) => company.names[l] !== name);
  const descriptions = availableLanguages(company.descriptions);
  const unknown = t('company.unknown');

  return (
    <section className="company">
      {back}
      <h1 data-testid="profile-name">{name}</h1>
      {otherNames.length > 0 && (
        <p className="other-names">
          {t('company.otherNames')}:{' '}
          {otherNames.map((l) => (
            <span key={l} className="other-name" lang={l}>
              <LanguageBadge language={l} /> {company.names[l]}
            </span>
          ))}
        </p>
      )}
      <dl className="facts">
        <dt>{t('company.country')}</dt>
        <dd>{countryName(company.country, language)}</dd>
        <dt>{t('company.region')}</dt>
        <dd>{company.region ?? unknown}</dd>
        <dt>{t('company.industry')}</dt>
        <dd>{industryLabel(company.industry, language)}</dd>
        <dt>{t('company.capital')}</dt>
        <dd>
          {company.capital
            ? new Intl.NumberFormat(language, { style: 'currency', currency: company.capital.currency }).format(
                company.capital.amount,
              )
            : unknown}
        </dd>
        <dt>{t('company.employees')}</dt>
        <dd>{company.employees != null ? t('company.employeesValue', { count: company.employees }) : unknown}</dd>
        <dt>{t('company.founded')}</dt>
        <dd>{company.foundedYear ?? unknown}</dd>
        <dt>{t('company.website')}</dt>
        <dd>
          {company.website ? (
            <a href={company.website} target="_blank" rel="noopener noreferrer">
              {company.website}
            </a>
          ) : (
            unknown
          )}
        </dd>
      </dl>
      <h2>{t('company.description')}</h2>
      {descriptions.length === 0 && <p>{t('company.noDescription')}</p>}
      {descriptions.map((l) => (
        <p key={l} className="description" lang={l}>
          <LanguageBadge language={l} /> {company.descriptions[l]}
        </p>
      ))}
      {company.technologies.length > 0 && (
        <>
          <h2>{t('company.technologies')}</h2>
          <ul className="chips">
            {company.technologies.map((technology) => (
              <li key={technology}>{technology}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
