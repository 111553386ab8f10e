import {
  canEditCompany,
  canImport,
  canInquire,
  canIntroduce,
  canPostCapacity,
  canPostNeed,
  canSeeRecommendations,
  canViewIntroductions,
  type User,
} from './permissions';

const user = (role: User['role'], companyId: string | null = 'c1'): User => ({
  id: 'u1',
  email: 'a@example.com',
  displayName: 'A',
  role,
  companyId,
  companyNames: null,
});

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
  const member = (role: User['role'], companyId: string | null = 'c1'): User => ({
    id: 'u1',
    email: 'a@example.com',
    displayName: 'A',
    role,
    companyId,
    companyNames: null,
  });

  it('shows recommendations to the subject company’s members and to staff, never to visitors', () => {
    expect(canSeeRecommendations(member('LARGE_FIRM_MEMBER'), 'c1')).toBe(true);
    expect(canSeeRecommendations(member('SME_MEMBER'), 'c2')).toBe(false);
    expect(canSeeRecommendations(member('SME_MEMBER'), null)).toBe(false);
    expect(canSeeRecommendations(member('COORDINATOR', null), 'c2')).toBe(true);
    expect(canSeeRecommendations(member('ORGANISER', null), null)).toBe(true);
    expect(canSeeRecommendations(member('ADMIN', null), 'c2')).toBe(true);
    expect(canSeeRecommendations(null, 'c1')).toBe(false);
  });

  it('lets coordinators and admins introduce, and members read introductions', () => {
    expect(canIntroduce(member('COORDINATOR', null))).toBe(true);
    expect(canIntroduce(member('ADMIN', null))).toBe(true);
    expect(canIntroduce(member('ORGANISER', null))).toBe(false);
    expect(canIntroduce(member('SME_MEMBER'))).toBe(false);
    expect(canViewIntroductions(member('SME_MEMBER'))).toBe(true);
    expect(canViewIntroductions(member('ORGANISER', null))).toBe(false);
    expect(canViewIntroductions(undefined)).toBe(false);
  });
});
