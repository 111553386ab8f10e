import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteJson, getJson, postJson, putJson, request, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import type { CompanyRole } from '@/lib/auth/permissions';
import { useSignIn, type Session } from '@/lib/auth/session';
import type { Language } from '@/lib/i18n';

/** `GET /api/companies/{id}/members`: one member of the team. */
export type Member = Schema<'Memberships.Member'>;

/** `GET /api/companies/{id}/invitations`: a pending invitation (owners only). */
/** `invitedBy` is the inviter's display name; null when their account is gone. */
export type Invitation = Schema<'Invitations.Pending'>;

/** `POST /api/companies/{id}/invitations`; `language` is the invitation mail's. */
export type InviteRequest = Narrowed<Schema<'TeamRequests.Invite'>, { language: Language }>;

export const COMPANY_ROLES: CompanyRole[] = ['OWNER', 'MEMBER'];

const base = (companyId: string) => `/api/companies/${encodeURIComponent(companyId)}`;
const teamKey = (companyId: string) => ['team', companyId] as const;
const membersKey = (companyId: string) => [...teamKey(companyId), 'members'] as const;
const invitationsKey = (companyId: string) => [...teamKey(companyId), 'invitations'] as const;

export function useMembers(companyId: string) {
  return useQuery({
    queryKey: membersKey(companyId),
    queryFn: ({ signal }) => getJson<Member[]>(`${base(companyId)}/members`, signal),
    retry: retryServerErrors,
  });
}

/** Pending invitations; only owners may read them, so the others never ask (`enabled`). */
export function useInvitations(companyId: string, enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey(companyId),
    queryFn: ({ signal }) => getJson<Invitation[]>(`${base(companyId)}/invitations`, signal),
    enabled,
    retry: retryServerErrors,
  });
}

/** Invites an address (201); inviting it again replaces its pending invitation with a new mail. */
export function useInvite(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteRequest) => postJson<Invitation>(`${base(companyId)}/invitations`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey(companyId) }),
  });
}

/** Deletes one entry of the team's members or invitations (`{list}/{id}`, 204), then reads that list again. */
function useDeleteFromList(companyId: string, list: 'members' | 'invitations') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteJson(`${base(companyId)}/${list}/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...teamKey(companyId), list] }),
  });
}

/** Revokes a pending invitation (204): its link stops working. */
export const useRevokeInvitation = (companyId: string) => useDeleteFromList(companyId, 'invitations');

/** Makes a member OWNER or MEMBER (409 `last_owner` when no owner would be left); the answer replaces the member. */
export function useChangeRole(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, companyRole }: { userId: string; companyRole: CompanyRole }) =>
      putJson<Member>(`${base(companyId)}/members/${encodeURIComponent(userId)}`, { companyRole }),
    onSuccess: (member) =>
      queryClient.setQueryData<Member[]>(membersKey(companyId), (members) =>
        members?.map((m) => (m.userId === member.userId ? member : m)),
      ),
  });
}

/**
 * Hands ownership over to a member: they become OWNER, the caller MEMBER. The caller's earlier tokens end, so the new
 * session that comes back is kept at once.
 */
export function useHandOver(companyId: string) {
  const queryClient = useQueryClient();
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (userId: string) => postJson<Session>(`${base(companyId)}/members/${encodeURIComponent(userId)}/hand-over`),
    onSuccess: ({ token, user }) => {
      signIn(token, user);
      void queryClient.invalidateQueries({ queryKey: teamKey(companyId) });
    },
  });
}

/**
 * Removes a member (owners), or the caller themself (leaving the company; 409 `last_owner` for the last owner). The
 * removed account's tokens end: whoever leaves has to be signed out by the caller of this hook.
 */
export const useRemoveMember = (companyId: string) => useDeleteFromList(companyId, 'members');

/** Deletes the company (owners, with their password; 204). Its members' accounts stay, without a company. */
export function useDeleteCompany(companyId: string) {
  return useMutation({
    mutationFn: (password: string) => request<void>(base(companyId), { method: 'DELETE', json: { password } }),
  });
}
