import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson, putJson, retryServerErrors, upload } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import type { CompanyKind } from '@/lib/company';

export type Verification = 'UNVERIFIED' | 'VERIFIED' | 'REJECTED';

/** A machine as profiles list it. */
export type Equipment = Schema<'Equipment'>;

/** A certificate with its status computed on read (`expired`); the document types `verification` as a string. */
export type Certification = Narrowed<Schema<'CertificationView'>, { verification: Verification }>;

export const CONTACT_DETAILS = ['person', 'email', 'phone'] as const satisfies readonly (keyof Contact)[];
export type ContactDetail = (typeof CONTACT_DETAILS)[number];

/** Who sees a contact detail: everyone, signed-in users (the default), or companies this one wrote to in an inquiry. */
export type ContactAudience = Schema<'ContactAudience'>;
export const CONTACT_AUDIENCES = ['PUBLIC', 'MEMBERS', 'INQUIRY'] as const satisfies readonly ContactAudience[];
/** Every detail's audience, as the profile form holds it (the API also takes null for the default). */
export type ContactVisibility = Record<ContactDetail, ContactAudience>;
export const DEFAULT_CONTACT_AUDIENCE: ContactAudience = 'MEMBERS';

/**
 * The contact details this reader may see (a hidden one is null), each detail's audience, and the details that
 * exist but are withheld from this reader (its company's own members and admins see everything).
 */
export type Contact = Schema<'CompanyView.Contact'>;

/** The contact as the profile form sends it. */
export type ContactRequest = Schema<'CompanyRequest.Contact'>;

/** `GET /api/companies/{id}` (the API's `CompanyView`); the document types `kind` as a string. */
export type Company = Narrowed<Schema<'CompanyView'>, { kind: CompanyKind; certifications: Certification[] }>;

/** `PUT /api/companies/{id}`: the profile minus what the server computes. */
export type CompanyRequest = Schema<'CompanyRequest'>;

export type CertificationRequest = Schema<'CertificationRequest'>;

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
