import type { User } from '@/lib/auth/permissions';

/** A signed-in user for tests (`GET /api/auth/me`): an SME's owner with a confirmed address; override what matters. */
export function testUser(overrides: Partial<User> = {}): User {
  return {
    id: 'u1',
    email: 'sme@musubi.example',
    displayName: '林 太郎',
    role: 'SME_MEMBER',
    companyId: 'c1',
    companyNames: null,
    companyRole: 'OWNER',
    language: 'ja',
    emailConfirmed: true,
    ...overrides,
  };
}

/** The `GET /api/auth/me` of a user known only by a role (and company): for tests about what each role may do. */
export const userWithRole = (role: string, companyId: string | null = null) => ({
  id: 'u1',
  email: 'u@musubi.example',
  displayName: 'U',
  role,
  companyId,
  companyNames: null,
});
