import { useTranslation } from 'react-i18next';
import { useCompanyCapacities, useCompanyNeeds } from '../api/listings';
import { ListingLinks } from './ListingLinks';

/** The company's open needs and capacity listings (nothing when there are none). */
export function CompanyListings({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const needs = useCompanyNeeds(companyId, true);
  const capacities = useCompanyCapacities(companyId, true);
  return (
    <>
      {needs.data && needs.data.length > 0 && (
        <>
          <h2>{t('company.openNeeds')}</h2>
          <ListingLinks items={needs.data} base="/needs" testId="company-need" empty="" />
        </>
      )}
      {capacities.data && capacities.data.length > 0 && (
        <>
          <h2>{t('company.openCapacities')}</h2>
          <ListingLinks items={capacities.data} base="/capacities" testId="company-capacity" empty="" />
        </>
      )}
    </>
  );
}
