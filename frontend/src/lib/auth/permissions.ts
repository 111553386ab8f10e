import type { Language } from '../i18n';
import type { Narrowed, Schema } from '../api-schema';

/** `UNAFFILIATED`: an account that belongs to no company (removed from its team, or its company deleted). */
export type Role = 'SME_MEMBER' | 'LARGE_FIRM_MEMBER' | 'COORDINATOR' | 'ORGANISER' | 'ADMIN' | 'UNAFFILIATED';

/** A member's place in their company's team: owners manage the team, members do the rest. */
export type CompanyRole = Schema<'CompanyRole'>;

/**
 * `GET /api/auth/me`. `language` is the language of the e-mails the user gets (chosen at sign-up, changed in the
 * account settings); `companyRole` the user's role in their company's team, null outside a company; `emailConfirmed`
 * false until the user has followed the link of the sign-up mail (until then no inquiries or meeting requests). The
 * document declares `role` and `language` as strings.
 */
export type User = Narrowed<Schema<'AccountService.UserView'>, { role: Role; language: Language }>;

type MaybeUser = User | null | undefined;

export const isAdmin = (user: MaybeUser) => user?.role === 'ADMIN';

/** Members have a company (its page, its inbox, its team); an unaffiliated account has none, whatever it still says. */
export const hasCompany = (user: MaybeUser): user is User & { companyId: string } =>
  Boolean(user?.companyId && user.role !== 'UNAFFILIATED');

/** An account that belongs to no company: it may accept an invitation from a mail or delete itself. */
export const isUnaffiliated = (user: MaybeUser) => user?.role === 'UNAFFILIATED';

/** An owner of their company (of `companyId`, when given): owners invite, change roles, remove, delete the company. */
export const isCompanyOwner = (user: MaybeUser, companyId?: string | null) =>
  hasCompany(user) && user.companyRole === 'OWNER' && (companyId === undefined || user.companyId === companyId);

/** The signed-in user still has to follow the link of the sign-up mail. */
export const needsEmailConfirmation = (user: MaybeUser) => user?.emailConfirmed === false;

/** The CSV import is for admins and organisers. */
export const canImport = (user: MaybeUser) => user?.role === 'ADMIN' || user?.role === 'ORGANISER';

/** A company's profile, certifications and listings are edited by its members or an admin. */
export const canEditCompany = (user: MaybeUser, companyId: string | null | undefined) =>
  Boolean(user && (isAdmin(user) || (companyId && hasCompany(user) && user.companyId === companyId)));

/** Inquiries are sent by members of another company (an anonymous owner, `null`, is another company as far as we know). */
export const canInquire = (user: MaybeUser, ownerCompanyId: string | null | undefined) =>
  hasCompany(user) && user.companyId !== ownerCompanyId;

/** Needs are posted by large firms (and admins); capacity listings by any company member (and admins). */
export const canPostNeed = (user: MaybeUser) => user?.role === 'LARGE_FIRM_MEMBER' || isAdmin(user);
export const canPostCapacity = (user: MaybeUser) => hasCompany(user) || isAdmin(user);

/** Staff who may see any company's recommendations (members see their own company's only; see docs/API.md). */
const MATCH_STAFF: Role[] = ['COORDINATOR', 'ORGANISER', 'ADMIN'];

/** Recommendations for a record owned by `ownerCompanyId`: its company's members, coordinators, organisers, admins. */
export const canSeeRecommendations = (user: MaybeUser, ownerCompanyId: string | null | undefined) =>
  Boolean(user && (MATCH_STAFF.includes(user.role) || (hasCompany(user) && user.companyId === ownerCompanyId)));

/** Introductions are made (and moved along) by coordinators and admins. */
export const canIntroduce = (user: MaybeUser) => user?.role === 'COORDINATOR' || isAdmin(user);

/** The introductions page: coordinators and admins, and members (read-only, their company's introductions). */
export const canViewIntroductions = (user: MaybeUser) => canIntroduce(user) || hasCompany(user);

/** Trade-fair events are created by organisers and admins (an event's co-organisers manage it too). */
export const canOrganiseEvents = (user: MaybeUser) => user?.role === 'ORGANISER' || isAdmin(user);
