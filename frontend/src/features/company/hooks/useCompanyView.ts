import { useTranslation } from 'react-i18next';
import { useIndustryLabel } from '@/lib/industries';
import { countryName } from '@/utils/countryName';
import { formatMoney, formatNumber } from '@/utils/format';
import { availableLanguages, pickLanguage } from '@/utils/pickName';
import type { Company } from '../api/company';

/** A profile as the UI shows it, in the current UI language. */
export function useCompanyView(company: Company | undefined) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  if (!company) return null;

  const nameLanguage = pickLanguage(company.names, language);
  return {
    name: nameLanguage ? company.names[nameLanguage] : t('company.unnamed'),
    nameLanguage,
    otherNames: availableLanguages(company.names)
      .filter((l) => l !== nameLanguage)
      .map((l) => ({ language: l, text: company.names[l] ?? '' })),
    // the UI language's description first, then the others in the platform's order
    descriptions: [...availableLanguages(company.descriptions)]
      .sort((a, b) => Number(b === language) - Number(a === language))
      .map((l) => ({
      language: l,
      text: company.descriptions[l] ?? '',
    })),
    country: countryName(company.country, language),
    region: company.region,
    industry: industryLabel(company.industry, language),
    capital: company.capital ? formatMoney(company.capital.amount, company.capital.currency, language) : null,
    employees:
      company.employees != null
        ? t('company.employeesValue', { count: company.employees, formatted: formatNumber(company.employees, language) })
        : null,
    foundedYear: company.foundedYear,
    website: company.website,
    technologies: company.technologies ?? [],
  };
}
