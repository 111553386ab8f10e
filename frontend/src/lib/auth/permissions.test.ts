import {
  canEditCompany,
  canImport,
  canInquire,
  canIntroduce,
  canPostCapacity,
  canPostNeed,
  canSeeRecommendations,
  canViewIntroductions,
  hasCompany,
  isCompanyOwner,
  isUnaffiliated,
  needsEmailConfirmation,
  type User,
} from './permissions';
import { testUser } from '@/test/users';

const user = (
  role: User['role'],
  companyId: string | null = 'c1',
  companyRole: User['companyRole'] = companyId ? 'MEMBER' : null,
): User => testUser({ role, companyId, companyRole });

describe('permissions', () => {
  it('lets admins and organisers import', () => {
    expect(canImport(user('ADMIN', null))).toBe(true);
    expect(canImport(user('ORGANISER', null))).toBe(true);
    expect(canImport(user('SME_MEMBER'))).toBe(false);
    expect(canImport(null)).toBe(false);
  });

  it('lets members edit their own company and admins any', () => {
    expect(canEditCompany(user('SME_MEMBER'), 'c1')).toBe(true);
    expect(canEditCompany(user('SME_MEMBER'), 'c2')).toBe(false);
    expect(canEditCompany(user('ADMIN', null), 'c2')).toBe(true);
    expect(canEditCompany(undefined, 'c1')).toBe(false);
  });

  it('lets members of another company send inquiries, also to an anonymous owner', () => {
    expect(canInquire(user('SME_MEMBER'), 'c2')).toBe(true);
    expect(canInquire(user('SME_MEMBER'), null)).toBe(true);
    expect(canInquire(user('SME_MEMBER'), 'c1')).toBe(false);
    expect(canInquire(user('ADMIN', null), 'c1')).toBe(false);
  });

  it('keeps needs for large firms and capacity for any member', () => {
    expect(canPostNeed(user('LARGE_FIRM_MEMBER'))).toBe(true);
    expect(canPostNeed(user('SME_MEMBER'))).toBe(false);
    expect(canPostCapacity(user('SME_MEMBER'))).toBe(true);
    expect(canPostCapacity(user('COORDINATOR', null))).toBe(false);
  });
});

describe('match permissions', () => {
  it('shows recommendations to the subject company’s members and to staff, never to visitors', () => {
    expect(canSeeRecommendations(user('LARGE_FIRM_MEMBER'), 'c1')).toBe(true);
    expect(canSeeRecommendations(user('SME_MEMBER'), 'c2')).toBe(false);
    expect(canSeeRecommendations(user('SME_MEMBER'), null)).toBe(false);
    expect(canSeeRecommendations(user('COORDINATOR', null), 'c2')).toBe(true);
    expect(canSeeRecommendations(user('ORGANISER', null), null)).toBe(true);
    expect(canSeeRecommendations(user('ADMIN', null), 'c2')).toBe(true);
    expect(canSeeRecommendations(null, 'c1')).toBe(false);
  });

  it('lets coordinators and admins introduce, and members read introductions', () => {
    expect(canIntroduce(user('COORDINATOR', null))).toBe(true);
    expect(canIntroduce(user('ADMIN', null))).toBe(true);
    expect(canIntroduce(user('ORGANISER', null))).toBe(false);
    expect(canIntroduce(user('SME_MEMBER'))).toBe(false);
    expect(canViewIntroductions(user('SME_MEMBER'))).toBe(true);
    expect(canViewIntroductions(user('ORGANISER', null))).toBe(false);
    expect(canViewIntroductions(undefined)).toBe(false);
  });
});

describe('team permissions', () => {
  it('knows a company’s owners from its members', () => {
    expect(isCompanyOwner(user('SME_MEMBER', 'c1', 'OWNER'))).toBe(true);
    expect(isCompanyOwner(user('SME_MEMBER', 'c1', 'OWNER'), 'c1')).toBe(true);
    expect(isCompanyOwner(user('SME_MEMBER', 'c1', 'OWNER'), 'c2')).toBe(false);
    expect(isCompanyOwner(user('SME_MEMBER', 'c1', 'MEMBER'))).toBe(false);
    expect(isCompanyOwner(user('ADMIN', null, null))).toBe(false);
    expect(isCompanyOwner(null)).toBe(false);
  });

  it('never treats an unaffiliated account as a company member', () => {
    const stray = user('UNAFFILIATED', 'c1', 'OWNER'); // even if a stale company id were left on it
    expect(isUnaffiliated(stray)).toBe(true);
    expect(hasCompany(stray)).toBe(false);
    expect(isCompanyOwner(stray)).toBe(false);
    expect(canEditCompany(stray, 'c1')).toBe(false);
    expect(canInquire(stray, 'c2')).toBe(false);
    expect(canPostCapacity(stray)).toBe(false);
    expect(canSeeRecommendations(stray, 'c1')).toBe(false);
    expect(canViewIntroductions(stray)).toBe(false);
    expect(isUnaffiliated(user('SME_MEMBER', 'c1', 'MEMBER'))).toBe(false);
  });

  it('asks for the e-mail confirmation only when the account says it is missing', () => {
    expect(needsEmailConfirmation({ ...user('SME_MEMBER', 'c1', 'OWNER'), emailConfirmed: false })).toBe(true);
    expect(needsEmailConfirmation(user('SME_MEMBER', 'c1', 'OWNER'))).toBe(false);
    expect(needsEmailConfirmation(null)).toBe(false);
  });
});
