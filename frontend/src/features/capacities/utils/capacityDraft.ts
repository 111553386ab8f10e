import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { LANGUAGES } from '@/lib/i18n';
import type { Localized } from '@/lib/types';
import { today } from '@/utils/dates';
import type { Capacity, CapacityKind, CapacityRequest, CapacityUnit } from '../api/capacities';

export interface CapacityDraft {
  version?: number;
  kind: CapacityKind;
  titles: Localized;
  specifications: Localized;
  technologies: string[];
  country: string;
  region: string | null;
  availableFrom: string;
  availableTo: string;
  amountPerMonth: string;
  unit: CapacityUnit;
  terms: string;
  status: 'OPEN' | 'CLOSED';
}

const EMPTY: Localized = { ja: null, zh: null, en: null };
const localized = (value: Localized | null | undefined): Localized => ({ ...EMPTY, ...(value ?? {}) });
const trimmed = (value: Localized): Localized =>
  Object.fromEntries(LANGUAGES.map((l) => [l, value[l]?.trim() ? value[l] : null])) as Localized;

export function emptyCapacity(country = 'JP'): CapacityDraft {
  return {
    kind: 'EQUIPMENT',
    titles: { ...EMPTY },
    specifications: { ...EMPTY },
    technologies: [],
    country,
    region: null,
    availableFrom: '',
    availableTo: '',
    amountPerMonth: '',
    unit: 'HOURS',
    terms: '',
    status: 'OPEN',
  };
}

export function toCapacityDraft(capacity: Capacity): CapacityDraft {
  return {
    version: capacity.version,
    kind: capacity.kind,
    titles: localized(capacity.titles),
    specifications: localized(capacity.specifications),
    technologies: capacity.technologies ?? [],
    country: capacity.country ?? '',
    region: capacity.region ?? null,
    availableFrom: capacity.availableFrom ?? '',
    availableTo: capacity.availableTo ?? '',
    amountPerMonth: capacity.amountPerMonth == null ? '' : String(capacity.amountPerMonth),
    unit: capacity.unit ?? 'HOURS',
    terms: capacity.terms ?? '',
    status: capacity.status ?? 'OPEN',
  };
}

export function toCapacityRequest(draft: CapacityDraft): CapacityRequest {
  return {
    ...(draft.version != null ? { version: draft.version } : {}),
    kind: draft.kind,
    titles: trimmed(draft.titles),
    specifications: trimmed(draft.specifications),
    technologies: draft.technologies,
    country: draft.country,
    region: draft.region?.trim() ? draft.region.trim() : null,
    availableFrom: draft.availableFrom,
    availableTo: draft.availableTo,
    amountPerMonth: draft.amountPerMonth.trim() === '' ? null : Number(draft.amountPerMonth),
    unit: draft.unit,
    terms: draft.terms.trim() || null,
    status: draft.status,
  };
}

/** The rules the API states: a title, both dates, `availableFrom` before `availableTo`, `availableTo` not past. */
export function validateCapacity(draft: CapacityDraft, now = today()): FieldError[] {
  const errors: FieldError[] = [];
  if (!LANGUAGES.some((l) => draft.titles[l]?.trim())) errors.push(clientError('titles', 'required'));
  if (!draft.country) errors.push(clientError('country', 'required'));
  if (!draft.availableFrom) errors.push(clientError('availableFrom', 'required'));
  if (!draft.availableTo) errors.push(clientError('availableTo', 'required'));
  if (draft.availableFrom && draft.availableTo && draft.availableFrom >= draft.availableTo) {
    errors.push(clientError('availableTo', 'order'));
  }
  if (draft.availableTo && draft.availableTo < now) errors.push(clientError('availableTo', 'past'));
  if (draft.amountPerMonth.trim() !== '' && !(Number(draft.amountPerMonth) >= 0)) {
    errors.push(clientError('amountPerMonth', 'positive_or_zero'));
  }
  return errors;
}

export const CAPACITY_SLOTS = [
  'version',
  'kind',
  ...['titles', 'specifications'].flatMap((path) => [path, ...LANGUAGES.map((l) => `${path}.${l}`)]),
  'technologies',
  'country',
  'region',
  'availableFrom',
  'availableTo',
  'amountPerMonth',
  'unit',
  'terms',
  'status',
];
