import { useTranslation } from 'react-i18next';
import { LanguageBadge } from '@/components/LanguageBadge';
import type { CompanyView } from '../hooks/useCompanyView';

function Chips({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="chips" data-testid={testId}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** Description, technologies (taxonomy labels in the UI language), terms, products, materials, designations. */
export function CompanyDetails({ view }: { view: CompanyView }) {
  const { t } = useTranslation();
  const designations = view.designations;
  return (
    <>
      <h2>{t('company.description')}</h2>
      {view.descriptions.length === 0 && <p className="status">{t('company.noDescription')}</p>}
      {view.descriptions.map(({ language, text }) => (
        <p key={language} className="description" lang={language}>
          <LanguageBadge language={language} /> {text}
        </p>
      ))}
      <Chips title={t('company.technologies')} items={view.technologies.map((tech) => tech.label)} testId="profile-technologies" />
      <Chips title={t('form.freeTerms')} items={view.freeTerms} testId="profile-free-terms" />
      <Chips title={t('company.products')} items={view.products} testId="profile-products" />
      <Chips title={t('company.materials')} items={view.materials} testId="profile-materials" />
      {designations && (designations.srdiProvincialYear || designations.littleGiantYear) && (
        <>
          <h2>{t('designations.title')}</h2>
          <ul className="designations" data-testid="profile-designations">
            {designations.srdiProvincialYear && (
              <li>{t('designations.srdiSince', { year: designations.srdiProvincialYear })}</li>
            )}
            {designations.littleGiantYear && (
              <li>{t('designations.littleGiantSince', { year: designations.littleGiantYear })}</li>
            )}
          </ul>
        </>
      )}
    </>
  );
}
