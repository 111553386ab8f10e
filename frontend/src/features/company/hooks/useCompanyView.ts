import { useTranslation } from 'react-i18next';
import { useIndustryLabel } from '@/lib/industries';
import { termLabel, useRegionLabel, useTaxonomy } from '@/lib/reference';
import { countryName } from '@/utils/countryName';
import { formatMoney, formatNumber } from '@/utils/format';
import { availableLanguages, pickLanguage, pickText } from '@/utils/pickName';
import type { Company } from '../api/company';

/** A profile as the UI shows it, in the current UI language. */
export function useCompanyView(company: Company | undefined) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const industryLabel = useIndustryLabel();
  const { data: taxonomy } = useTaxonomy();
  const region = useRegionLabel(company?.country, company?.region, language);
  if (!company) return null;

  const nameLanguage = pickLanguage(company.names, language);
  const headlineLanguage = pickLanguage(company.headlines, language);
  return {
    id: company.id,
    name: nameLanguage ? company.names[nameLanguage] : t('company.unnamed'),
    nameLanguage,
    otherNames: availableLanguages(company.names)
      .filter((l) => l !== nameLanguage)
      .map((l) => ({ language: l, text: company.names[l] ?? '' })),
    headline: headlineLanguage ? company.headlines?.[headlineLanguage] : null,
    headlineLanguage,
    // the UI language's description first, then the others in the platform's order
    descriptions: [...availableLanguages(company.descriptions)]
      .sort((a, b) => Number(b === language) - Number(a === language))
      .map((l) => ({ language: l, text: company.descriptions[l] ?? '' })),
    country: countryName(company.country, language),
    region,
    industry: industryLabel(company.industry, language),
    capital: company.capital ? formatMoney(company.capital.amount, company.capital.currency, language) : null,
    employees:
      company.employees != null
        ? t('company.employeesValue', { count: company.employees, formatted: formatNumber(company.employees, language) })
        : null,
    foundedYear: company.foundedYear,
    website: company.website,
    contact: company.contact ?? null,
    technologies: (company.technologies ?? []).map((code) => ({ code, label: termLabel(taxonomy, code, language) })),
    freeTerms: company.freeTerms ?? [],
    products: company.products ?? [],
    materials: company.materials ?? [],
    equipment: company.equipment ?? [],
    certifications: company.certifications ?? [],
    designations: company.designations ?? null,
    verified: company.verified === true,
    logoUrl: company.logoUrl ?? null,
    smeClass: company.smeClass
      ? { code: company.smeClass.code, reason: pickText(company.smeClass.reason, language) }
      : null,
  };
}

export type CompanyView = NonNullable<ReturnType<typeof useCompanyView>>;
