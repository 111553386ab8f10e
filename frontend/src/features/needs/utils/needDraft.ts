import type { FieldError } from '@/lib/api-client';
import { clientError } from '@/lib/forms/fieldErrors';
import { LANGUAGES } from '@/lib/i18n';
import type { Localized } from '@/lib/types';
import type { Need, NeedRequest, NeedStatus } from '../api/needs';

export interface NeedDraft {
  version?: number;
  titles: Localized;
  descriptions: Localized;
  technologies: string[];
  freeTerms: string[];
  certifications: string[];
  certificationsRequired: boolean;
  quantity: string;
  deadline: string;
  preferredRegions: string[];
  status: NeedStatus;
  anonymous: boolean;
}

const EMPTY: Localized = { ja: null, zh: null, en: null };

export function emptyNeed(): NeedDraft {
  return {
    titles: { ...EMPTY },
    descriptions: { ...EMPTY },
    technologies: [],
    freeTerms: [],
    certifications: [],
    certificationsRequired: false,
    quantity: '',
    deadline: '',
    preferredRegions: [],
    status: 'OPEN',
    anonymous: false,
  };
}

export function toNeedDraft(need: Need): NeedDraft {
  return {
    version: need.version,
    titles: { ...EMPTY, ...need.titles },
    descriptions: { ...EMPTY, ...need.descriptions },
    technologies: need.technologies ?? [],
    freeTerms: need.freeTerms ?? [],
    certifications: need.certifications ?? [],
    certificationsRequired: Boolean(need.certificationsRequired),
    quantity: need.quantity ?? '',
    deadline: need.deadline ?? '',
    preferredRegions: need.preferredRegions ?? [],
    status: need.status ?? 'OPEN',
    anonymous: Boolean(need.anonymous),
  };
}

const trimmed = (value: Localized): Localized =>
  Object.fromEntries(LANGUAGES.map((l) => [l, value[l]?.trim() ? value[l] : null])) as Localized;

export function toNeedRequest(draft: NeedDraft): NeedRequest {
  return {
    ...(draft.version != null ? { version: draft.version } : {}),
    titles: trimmed(draft.titles),
    descriptions: trimmed(draft.descriptions),
    technologies: draft.technologies,
    freeTerms: draft.freeTerms,
    certifications: draft.certifications,
    certificationsRequired: draft.certificationsRequired,
    quantity: draft.quantity.trim() || null,
    deadline: draft.deadline || null,
    preferredRegions: draft.preferredRegions,
    status: draft.status,
    anonymous: draft.anonymous,
  };
}

export function validateNeed(draft: NeedDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (!LANGUAGES.some((l) => draft.titles[l]?.trim())) errors.push(clientError('titles', 'required'));
  return errors;
}

export const NEED_SLOTS = [
  'version',
  ...['titles', 'descriptions'].flatMap((path) => [path, ...LANGUAGES.map((l) => `${path}.${l}`)]),
  'technologies',
  'freeTerms',
  'certifications',
  'certificationsRequired',
  'quantity',
  'deadline',
  'preferredRegions',
  'status',
  'anonymous',
];
