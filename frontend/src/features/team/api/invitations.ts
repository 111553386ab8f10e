import { useMutation, useQuery } from '@tanstack/react-query';
import { getJson, postJson, retryServerErrors } from '@/lib/api-client';
import type { Narrowed, Schema } from '@/lib/api-schema';
import { useSignIn, type Session } from '@/lib/auth/session';
import type { Language } from '@/lib/i18n';

/** `GET /api/invitations/{token}` (anonymous): what the mail's link offers. */
export type InvitationOffer = Schema<'Invitations.Offer'>;

/**
 * Accepting without an account makes one for the invited address; signed in, the body is empty. The document's fields
 * are all nullable (the same record serves both cases), so the new member's are narrowed.
 */
export type NewMember = Narrowed<
  Schema<'TeamRequests.Acceptance'>,
  { displayName: string; password: string; language: Language }
>;

const path = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

/** The invitation behind a link; 404 when it is unknown, used, revoked or expired. */
export function useInvitationOffer(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => getJson<InvitationOffer>(path(token), signal),
    retry: retryServerErrors,
    staleTime: 0,
  });
}

/**
 * Accepts the invitation (201 with a new account, 200 signed in): `onAccepted` (e.g. going to the team page) runs first,
 * then the session that came back is kept. Both happen here, not in `mutate`'s callbacks: signing in redraws the
 * invitation page, whose form may be gone by the time those would run.
 */
export function useAcceptInvitation(token: string, onAccepted: () => void) {
  const signIn = useSignIn();
  return useMutation({
    mutationFn: (body: NewMember | Record<string, never>) => postJson<Session>(`${path(token)}/accept`, body),
    onSuccess: ({ token: sessionToken, user }) => {
      onAccepted();
      signIn(sessionToken, user);
    },
  });
}
