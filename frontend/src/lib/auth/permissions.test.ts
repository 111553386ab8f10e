import { canEditCompany, canImport, canInquire, canPostCapacity, canPostNeed, type User } from './permissions';

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
