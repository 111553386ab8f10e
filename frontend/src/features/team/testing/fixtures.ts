/** Fixtures of the team tests. */
export const OWNER = {
  id: 'u1',
  email: 'hayashi@hayashi.example',
  displayName: '林 太郎',
  role: 'SME_MEMBER',
  companyId: 'c1',
  companyNames: { ja: '林精密工業株式会社', zh: null, en: 'Hayashi Precision' },
  companyRole: 'OWNER',
  emailConfirmed: true,
  language: 'en',
};
export const MEMBER_USER = { ...OWNER, companyRole: 'MEMBER' };

export const MEMBERS = [
  { userId: 'u1', displayName: '林 太郎', email: 'hayashi@hayashi.example', companyRole: 'OWNER', joinedAt: '2026-11-01T09:00:00Z' },
  { userId: 'u2', displayName: 'Sato Hanako', email: 'sato@hayashi.example', companyRole: 'MEMBER', joinedAt: '2026-11-10T09:00:00Z' },
];

export const INVITATION = {
  id: 'i1',
  email: 'new@hayashi.example',
  companyRole: 'MEMBER',
  invitedBy: '林 太郎',
  createdAt: '2026-11-20T09:00:00Z',
  expiresAt: '2026-11-27T09:00:00Z',
};
