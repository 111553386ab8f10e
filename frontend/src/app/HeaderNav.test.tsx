import { screen } from '@testing-library/react';
import { changeLanguage } from '@/lib/i18n';
import { mockApi, renderAt } from '@/test/render';
import { signedInTests } from '@/test/session';
import { HeaderNav } from './HeaderNav';

const INBOX = { unreadTotal: 3, items: [] };
const ME = { id: 'u1', email: 'buyer@musubi.example', displayName: 'Buyer', role: 'LARGE_FIRM_MEMBER', companyId: 'c1', companyNames: null };

describe('HeaderNav', () => {
  signedInTests();

  it('puts the unread total on the header’s inbox link', async () => {
    await changeLanguage('ja');
    mockApi({ '/api/auth/me': ME, '/api/inquiries': INBOX });
    renderAt('/', <HeaderNav />);
    expect(await screen.findByTestId('inbox-badge')).toHaveTextContent('3');
    expect(screen.getByTestId('nav-user')).toHaveTextContent('Buyer');
    expect(screen.getByTestId('nav-inbox')).toHaveTextContent('受信箱');
    expect(screen.queryByTestId('nav-import')).toBeNull();
  });
});
