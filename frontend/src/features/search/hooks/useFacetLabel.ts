import { useTranslation } from 'react-i18next';
import { useIndustryLabel } from '@/lib/industries';
import { findRegion, labelOf, useCertificationStandards, useRegions } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { formatDate } from '@/utils/dates';
import type { FacetName } from '../api/search';
import type { FilterParam } from '../utils/searchParams';

/**
 * Names for filter values in the UI language: countries through Intl, industries, regions and certification
 * standards from the reference data, kinds, SME classes and designations from the catalogues. A code nobody can
 * name is shown as it is.
 */
export function useFacetLabel(withRegions: boolean) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data: standards } = useCertificationStandards();
  const { data: japan } = useRegions(withRegions ? 'JP' : null);
  const { data: china } = useRegions(withRegions ? 'CN' : null);

  return (param: FacetName | FilterParam, value: string): string => {
    switch (param) {
      case 'kind':
        return t(`kinds.${value}Plural`, { defaultValue: value });
      case 'country':
        return countryName(value, language) ?? value;
      case 'region': {
        const region = findRegion([...(japan ?? []), ...(china ?? [])], value);
        return (region && labelOf(region.labels, language)) || value;
      }
      case 'industry':
        return industryLabel(value, language) ?? value;
      case 'certification':
        return labelOf(standards?.find((s) => s.code === value)?.labels, language) ?? value;
      case 'smeClass':
        return t(`smeClass.${value}`, { defaultValue: value });
      case 'designation':
        return t(`designation.${value}`, { defaultValue: value });
      case 'verified':
        return t('facets.verifiedOnly');
      case 'availableFrom':
        return t('facets.fromDate', { date: formatDate(value, language) });
      case 'availableTo':
        return t('facets.toDate', { date: formatDate(value, language) });
      default:
        return value;
    }
  };
}

export type FacetLabel = ReturnType<typeof useFacetLabel>;
