import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson, putJson, retryServerErrors, upload } from '@/lib/api-client';
import type { CompanyKind, Designations, SmeClassCode } from '@/lib/company';
import type { Localized } from '@/lib/types';

export type Verification = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';

export interface Equipment {
  type: string | null;
  maker: string | null;
  model: string | null;
  count: number | null;
  maxWorkSize: string | null;
}

export interface Certification {
  id: string;
  standard: string;
  /** The standard's labels. */
  labels?: Localized | null;
  name: string | null;
  number: string | null;
  issuer: string | null;
  validUntil: string | null;
  verification: Verification;
  expired: boolean;
}

export const CONTACT_DETAILS = ['person', 'email', 'phone'] as const;
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

/** Who sees a contact detail: everyone, signed-in users (the default), or companies this one wrote to in an inquiry. */
export const CONTACT_AUDIENCES = ['PUBLIC', 'MEMBERS', 'INQUIRY'] as const;
export type ContactAudience = (typeof CONTACT_AUDIENCES)[number];
export type ContactVisibility = Record<ContactDetail, ContactAudience>;
export const DEFAULT_CONTACT_AUDIENCE: ContactAudience = 'MEMBERS';

/**
 * The contact details this reader may see (a hidden one is null), each detail's audience, and the details that
 * exist but are withheld from this reader (its company's own members and admins see everything).
 */
export interface Contact {
  person: string | null;
  email: string | null;
  phone: string | null;
  visibility?: Partial<ContactVisibility> | null;
  withheld?: string[] | null;
}

/** The contact as the profile form sends it. */
export interface ContactRequest {
  person: string | null;
  email: string | null;
  phone: string | null;
  visibility: ContactVisibility;
}

/** `GET /api/companies/{id}`. Older profiles may lack the newer fields, so views treat them as optional. */
export interface Company {
  id: string;
  version: number;
  kind?: CompanyKind;
  names: Localized;
  headlines?: Localized | null;
  descriptions: Localized;
  industry: string;
  country: string;
  region: string | null;
  capital: { amount: number; currency: string } | null;
  employees: number | null;
  foundedYear: number | null;
  website: string | null;
  contact?: Contact | null;
  technologies: string[];
  freeTerms?: string[];
  products?: string[];
  materials?: string[];
  equipment?: Equipment[];
  designations?: Designations | null;
  verified?: boolean;
  logoUrl?: string | null;
  certifications?: Certification[];
  smeClass?: { code: SmeClassCode; sector: string | null; reason: Localized | null } | null;
  createdAt: string;
  updatedAt: string;
}

/** `PUT /api/companies/{id}`: the profile minus what the server computes. */
export type CompanyRequest = Omit<
  Company,
  'id' | 'verified' | 'logoUrl' | 'certifications' | 'smeClass' | 'createdAt' | 'updatedAt' | 'contact'
> & { contact: ContactRequest | null };

export interface CertificationRequest {
  standard: string;
  name: string | null;
  number: string;
  issuer: string;
  validUntil: string | null;
}

export const companyKey = (id: string) => ['company', id] as const;
const companyPath = (id: string) => `/api/companies/${encodeURIComponent(id)}`;

export function useCompany(id: string | null | undefined) {
  return useQuery({
    queryKey: companyKey(id ?? ''),
    queryFn: ({ signal }) => getJson<Company>(companyPath(id ?? ''), signal),
    enabled: Boolean(id),
    retry: retryServerErrors,
  });
}

export function fetchCompany(id: string) {
  return getJson<Company>(companyPath(id));
}

export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CompanyRequest) => putJson<Company>(companyPath(id), request),
    onSuccess: (company) => queryClient.setQueryData(companyKey(id), company),
  });
}

export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'];
export const LOGO_MAX_BYTES = 1024 * 1024;

export function useLogo(id: string) {
  const queryClient = useQueryClient();
  const onSuccess = (company: Company | undefined) =>
    company ? queryClient.setQueryData(companyKey(id), company) : queryClient.invalidateQueries({ queryKey: companyKey(id) });
  return {
    upload: useMutation({ mutationFn: (file: File) => upload<Company>(`${companyPath(id)}/logo`, file), onSuccess }),
    remove: useMutation({ mutationFn: () => deleteJson<Company | undefined>(`${companyPath(id)}/logo`), onSuccess }),
  };
}

export function useCertificationMutations(companyId: string) {
  const queryClient = useQueryClient();
  const base = `${companyPath(companyId)}/certifications`;
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: companyKey(companyId) });
  return {
    add: useMutation({ mutationFn: (request: CertificationRequest) => postJson<Certification>(base, request), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, request }: { id: string; request: CertificationRequest }) =>
        putJson<Certification>(`${base}/${encodeURIComponent(id)}`, request),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => deleteJson(`${base}/${encodeURIComponent(id)}`), onSuccess }),
  };
}
