import { useTranslation } from 'react-i18next';
import type { CompanyView } from '../hooks/useCompanyView';
import { CompanyContact } from './CompanyContact';

export function CompanyFacts({ view }: { view: CompanyView }) {
  const { t } = useTranslation();
  const unknown = t('company.unknown');
  return (
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
      {view.contact && (
        <>
          <dt>{t('profileForm.contact')}</dt>
          <CompanyContact contact={view.contact} />
        </>
      )}
    </dl>
  );
}
