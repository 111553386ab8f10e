import type { FieldError } from '@/lib/api-client';
import type { CompanyKind } from '@/lib/company';
import { clientError } from '@/lib/forms/fieldErrors';
import { LANGUAGES } from '@/lib/i18n';
import type { Localized } from '@/lib/types';
import { defaultCurrency } from '@/utils/countries';
import {
  CONTACT_AUDIENCES,
  CONTACT_DETAILS,
  DEFAULT_CONTACT_AUDIENCE,
  type Company,
  type CompanyRequest,
  type ContactAudience,
  type ContactDetail,
  type ContactVisibility,
} from '../api/company';

/** The profile form's state: numbers are kept as typed (strings) until the request is built. */
export interface EquipmentDraft {
  key: number;
  type: string;
  maker: string;
  model: string;
  count: string;
  maxWorkSize: string;
}

export interface ProfileDraft {
  version: number;
  kind: CompanyKind;
  names: Localized;
  headlines: Localized;
  descriptions: Localized;
  industry: string;
  country: string;
  region: string | null;
  capitalAmount: string;
  capitalCurrency: string;
  employees: string;
  foundedYear: string;
  website: string;
  contactPerson: string;
  contactEmail: string;
  contactPhone: string;
  /** Who may see each contact detail. */
  contactVisibility: ContactVisibility;
  technologies: string[];
  freeTerms: string[];
  products: string[];
  materials: string[];
  equipment: EquipmentDraft[];
  srdiProvincialYear: string;
  littleGiantYear: string;
}

const EMPTY: Localized = { ja: null, zh: null, en: null };
let nextKey = 1;
const text = (value: string | number | null | undefined) => (value == null ? '' : String(value));
const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));
const localized = (value: Localized | null | undefined): Localized => ({ ...EMPTY, ...(value ?? {}) });

const isAudience = (value: unknown): value is ContactAudience =>
  (CONTACT_AUDIENCES as readonly unknown[]).includes(value);

/** Each detail's audience as the profile has it; a missing or unknown one is the default (signed-in users). */
function contactVisibility(
  visibility: Partial<Record<ContactDetail, ContactAudience | null>> | null | undefined,
): ContactVisibility {
  return Object.fromEntries(
    CONTACT_DETAILS.map((detail) => {
      const audience = visibility?.[detail];
      return [detail, isAudience(audience) ? audience : DEFAULT_CONTACT_AUDIENCE];
    }),
  ) as ContactVisibility;
}

export function newEquipmentRow(): EquipmentDraft {
  return { key: nextKey++, type: '', maker: '', model: '', count: '', maxWorkSize: '' };
}

export function toDraft(company: Company): ProfileDraft {
  return {
    version: company.version,
    kind: company.kind ?? 'SME',
    names: localized(company.names),
    headlines: localized(company.headlines),
    descriptions: localized(company.descriptions),
    industry: company.industry ?? '',
    country: company.country ?? '',
    region: company.region ?? null,
    capitalAmount: text(company.capital?.amount),
    capitalCurrency: company.capital?.currency ?? defaultCurrency(company.country),
    employees: text(company.employees),
    foundedYear: text(company.foundedYear),
    website: company.website ?? '',
    contactPerson: company.contact?.person ?? '',
    contactEmail: company.contact?.email ?? '',
    contactPhone: company.contact?.phone ?? '',
    contactVisibility: contactVisibility(company.contact?.visibility),
    technologies: company.technologies ?? [],
    freeTerms: company.freeTerms ?? [],
    products: company.products ?? [],
    materials: company.materials ?? [],
    equipment: (company.equipment ?? []).map((row) => ({
      key: nextKey++,
      type: row.type ?? '',
      maker: row.maker ?? '',
      model: row.model ?? '',
      count: text(row.count),
      maxWorkSize: row.maxWorkSize ?? '',
    })),
    srdiProvincialYear: text(company.designations?.srdiProvincialYear),
    littleGiantYear: text(company.designations?.littleGiantYear),
  };
}

const trimLocalized = (value: Localized): Localized =>
  Object.fromEntries(LANGUAGES.map((l) => [l, value[l]?.trim() ? value[l] : null])) as Localized;

export function toRequest(draft: ProfileDraft): CompanyRequest {
  const details = {
    person: orNull(draft.contactPerson),
    email: orNull(draft.contactEmail),
    phone: orNull(draft.contactPhone),
  };
  return {
    version: draft.version,
    kind: draft.kind,
    names: trimLocalized(draft.names),
    headlines: trimLocalized(draft.headlines),
    descriptions: trimLocalized(draft.descriptions),
    industry: draft.industry,
    country: draft.country,
    region: draft.region?.trim() ? draft.region.trim() : null,
    capital:
      draft.capitalAmount.trim() === ''
        ? null
        : { amount: Number(draft.capitalAmount), currency: draft.capitalCurrency },
    employees: numberOrNull(draft.employees),
    foundedYear: numberOrNull(draft.foundedYear),
    website: orNull(draft.website),
    // no details, no contact; with any, each detail's audience goes along
    contact: Object.values(details).some(Boolean) ? { ...details, visibility: { ...draft.contactVisibility } } : null,
    technologies: draft.technologies,
    freeTerms: draft.freeTerms,
    products: draft.products,
    materials: draft.materials,
    equipment: draft.equipment.map((row) => ({
      type: row.type.trim(), // required: validateProfile says so before anything is sent
      maker: orNull(row.maker),
      model: orNull(row.model),
      count: numberOrNull(row.count),
      maxWorkSize: orNull(row.maxWorkSize),
    })),
    designations: {
      srdiProvincialYear: numberOrNull(draft.srdiProvincialYear),
      littleGiantYear: numberOrNull(draft.littleGiantYear),
    },
  };
}

/** The paths the profile form shows errors at (equipment rows come and go). */
export function profileSlots(draft: ProfileDraft): string[] {
  const localizedSlots = (path: string) => [path, ...LANGUAGES.map((l) => `${path}.${l}`)];
  return [
    'version',
    'kind',
    ...localizedSlots('names'),
    ...localizedSlots('headlines'),
    ...localizedSlots('descriptions'),
    'industry',
    'country',
    'region',
    'capital',
    'capital.amount',
    'capital.currency',
    'employees',
    'foundedYear',
    'website',
    'contact',
    'contact.person',
    'contact.email',
    'contact.phone',
    'contact.visibility',
    ...CONTACT_DETAILS.map((detail) => `contact.visibility.${detail}`),
    'technologies',
    'freeTerms',
    'products',
    'materials',
    'equipment',
    ...draft.equipment.flatMap((_, i) =>
      ['', '.type', '.maker', '.model', '.count', '.maxWorkSize'].map((field) => `equipment[${i}]${field}`),
    ),
    'designations',
    'designations.srdiProvincialYear',
    'designations.littleGiantYear',
  ];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const WHOLE = /^\d+$/;

/** Checks the browser can make before sending; the server checks everything again. */
export function validateProfile(draft: ProfileDraft, thisYear = new Date().getFullYear()): FieldError[] {
  const errors: FieldError[] = [];
  if (!LANGUAGES.some((l) => draft.names[l]?.trim())) errors.push(clientError('names', 'required'));
  if (!draft.industry) errors.push(clientError('industry', 'required'));
  if (!draft.country) errors.push(clientError('country', 'required'));
  const wholeNumber = (path: string, value: string) => {
    if (value.trim() !== '' && !WHOLE.test(value.trim())) errors.push(clientError(path, 'positive_or_zero'));
  };
  if (draft.capitalAmount.trim() !== '' && !(Number(draft.capitalAmount) >= 0)) {
    errors.push(clientError('capital.amount', 'positive_or_zero'));
  }
  wholeNumber('employees', draft.employees);
  for (const [path, value] of [
    ['foundedYear', draft.foundedYear],
    ['designations.srdiProvincialYear', draft.srdiProvincialYear],
    ['designations.littleGiantYear', draft.littleGiantYear],
  ] as const) {
    if (value.trim() === '') continue;
    if (!WHOLE.test(value.trim()) || Number(value) < 1600) errors.push(clientError(path, 'min'));
    else if (Number(value) > thisYear) errors.push(clientError(path, 'future'));
  }
  if (draft.website.trim() && !/^https?:\/\/\S+$/i.test(draft.website.trim())) {
    errors.push(clientError('website', 'pattern'));
  }
  if (draft.contactEmail.trim() && !EMAIL.test(draft.contactEmail.trim())) {
    errors.push(clientError('contact.email', 'email'));
  }
  draft.equipment.forEach((row, i) => {
    if (!row.type.trim()) errors.push(clientError(`equipment[${i}].type`, 'not_blank'));
    wholeNumber(`equipment[${i}].count`, row.count);
  });
  return errors;
}

export const COMPLETENESS_ITEMS = [
  'names',
  'headlines',
  'descriptions',
  'industry',
  'region',
  'capital',
  'employees',
  'foundedYear',
  'website',
  'contact',
  'technologies',
  'products',
  'equipment',
  'certifications',
  'logo',
] as const;
export type CompletenessItem = (typeof COMPLETENESS_ITEMS)[number];

const hasText = (value: Localized | null | undefined) => Boolean(value && LANGUAGES.some((l) => value[l]?.trim()));

/** How much of the profile is filled in: a percentage and what is still missing. */
export function profileCompleteness(company: Company): { percent: number; missing: CompletenessItem[] } {
  const filled: Record<CompletenessItem, boolean> = {
    names: hasText(company.names),
    headlines: hasText(company.headlines),
    descriptions: hasText(company.descriptions),
    industry: Boolean(company.industry),
    region: Boolean(company.country && company.region),
    capital: company.capital != null,
    employees: company.employees != null,
    foundedYear: company.foundedYear != null,
    website: Boolean(company.website),
    contact: Boolean(company.contact && (company.contact.email || company.contact.phone)),
    technologies: (company.technologies ?? []).length > 0,
    products: (company.products ?? []).length > 0,
    equipment: (company.equipment ?? []).length > 0,
    certifications: (company.certifications ?? []).length > 0,
    logo: Boolean(company.logoUrl),
  };
  const missing = COMPLETENESS_ITEMS.filter((item) => !filled[item]);
  return {
    percent: Math.round(((COMPLETENESS_ITEMS.length - missing.length) / COMPLETENESS_ITEMS.length) * 100),
    missing,
  };
}
