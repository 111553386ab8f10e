import { useTranslation } from 'react-i18next';
import { findRegion, labelOf, useRegions } from '@/lib/reference';
import { countryName } from '@/utils/countryName';

/** Names a preferred region: a region code of Japan or China (JP-27) or a whole country (JP) in the UI language. */
export function useRegionName() {
  const { t, i18n } = useTranslation();
  const { data: japan } = useRegions('JP');
  const { data: china } = useRegions('CN');
  return (code: string): string => {
    if (/^[A-Z]{2}$/.test(code)) return t('needs.wholeCountry', { country: countryName(code, i18n.language) ?? code });
    const region = findRegion([...(japan ?? []), ...(china ?? [])], code);
    return region ? (labelOf(region.labels, i18n.language) ?? code) : code;
  };
}
