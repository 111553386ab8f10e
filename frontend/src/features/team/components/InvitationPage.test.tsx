import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { getToken, setToken } from '@/lib/auth/token';
import { changeLanguage } from '@/lib/i18n';
import { invalid, mockApi, problem, renderRoutes, reply, requests } from '@/test/render';
import { itInEachLanguage } from '@/test/session';
import { OWNER } from '../testing/fixtures';
import { InvitationPage } from './InvitationPage';

const OFFER = {
  email: 'sato@hayashi.example',
  companyId: 'c1',
  companyNames: { ja: '林精密工業株式会社', en: 'Hayashi Precision' },
  invitedBy: '林 太郎',
  companyRole: 'MEMBER',
  expiresAt: '2099-11-27T09:00:00Z',
};
const SATO = {
  ...OWNER,
  id: 'u2',
  email: 'sato@hayashi.example',
  displayName: 'Sato Hanako',
  companyRole: 'MEMBER',
};
const STRAY = { ...SATO, role: 'UNAFFILIATED', companyId: null, companyNames: null, companyRole: null };

/** Where the login link sends the user back to. */
function LoginPage() {
  const location = useLocation();
  return <p data-testid="login-from">{(location.state as { from?: string } | null)?.from}</p>;
}

const renderInvitation = () =>
  renderRoutes('/invitations/tok-1', {
    '/invitations/:token': <InvitationPage />,
    '/my/team': <p>team page</p>,
    '/login': <LoginPage />,
  });

/** The invitation page for `me`, signed in: they accept it, and the server gives `answer`. */
const accept = async (me: object, answer: unknown) => {
  mockApi({ '/api/auth/me': me, '/api/invitations/tok-1': OFFER, 'POST /api/invitations/tok-1/accept': answer });
  renderInvitation();
  fireEvent.click(await screen.findByTestId('accept-invitation'));
};

const accepts = () => requests.filter((r) => r.method === 'POST' && r.url === '/api/invitations/tok-1/accept');

describe('InvitationPage', () => {
  afterEach(() => localStorage.clear());

  itInEachLanguage('says who invites whom, naming the company in the UI language or another', {
    en: '林 太郎 invites you to join Hayashi Precision as Member.',
    ja: '林 太郎 さんから、林精密工業株式会社 にメンバーとして参加するよう招待されています。',
    zh: '林 太郎 邀请您以成员身份加入 林精密工业',
  }, async (text, language) => {
    const names = language === 'zh' ? { ...OFFER.companyNames, zh: '林精密工业' } : OFFER.companyNames;
    mockApi({ '/api/invitations/tok-1': { ...OFFER, companyNames: names } });
    renderInvitation();
    expect(await screen.findByTestId('invitation-offer')).toHaveTextContent(text);
  });

  it('says an unknown, used or expired invitation is no longer valid', async () => {
    await changeLanguage('en');
    mockApi({ '/api/invitations/tok-1': problem(404, 'not_found', { message: 'gone' }) });
    renderInvitation();
    expect(await screen.findByTestId('invitation-invalid')).toHaveTextContent(
      'This invitation is no longer valid; ask the company for a new one.',
    );
    expect(screen.queryByTestId('accept-invitation')).toBeNull();
  });

  describe('for visitors', () => {
    beforeEach(() => changeLanguage('en'));

    const signUp = (name: string, password: string) => {
      fireEvent.change(screen.getByTestId('invitation-display-name'), { target: { value: name } });
      fireEvent.change(screen.getByTestId('invitation-password'), { target: { value: password } });
      fireEvent.click(screen.getByTestId('accept-invitation'));
    };

    it('makes the account for the invited address, keeps the session and goes to the team', async () => {
      mockApi({
        '/api/invitations/tok-1': OFFER,
        'POST /api/invitations/tok-1/accept': reply(201, { token: 'new-token', user: SATO }),
      });
      renderInvitation();
      expect(await screen.findByTestId('invitation-email')).toHaveValue('sato@hayashi.example');
      expect(screen.getByTestId('invitation-email')).toHaveAttribute('readonly');
      expect(screen.getByText(/At least 12 characters; a passphrase in any language works/)).toBeInTheDocument();
      signUp(' Sato Hanako ', 'a-long-enough-passphrase');
      expect(await screen.findByText('team page')).toBeInTheDocument();
      expect(accepts()[0].body).toEqual({ displayName: 'Sato Hanako', password: 'a-long-enough-passphrase', language: 'en' });
      expect(getToken()).toBe('new-token');
    });

    it('checks the password as sign-up does', async () => {
      mockApi({ '/api/invitations/tok-1': OFFER });
      renderInvitation();
      await screen.findByTestId('invitation-password');
      signUp('Sato Hanako', '🔐'.repeat(11));
      const error = await screen.findByTestId('field-error');
      expect(error).toHaveAttribute('data-field', 'password');
      expect(error).toHaveTextContent('At least 12 characters.');
      expect(accepts()).toHaveLength(0);
    });

    it('shows the server refusing a common password at the password', async () => {
      mockApi({
        '/api/invitations/tok-1': OFFER,
        'POST /api/invitations/tok-1/accept': invalid([{ field: 'password', code: 'not_common_password', message: 'is common' }]),
      });
      renderInvitation();
      await screen.findByTestId('invitation-password');
      signUp('Sato Hanako', 'password1234');
      expect(await screen.findByTestId('field-error')).toHaveTextContent('This password is too common.');
    });

    it('sends someone who has an account to log in and come back', async () => {
      mockApi({
        '/api/invitations/tok-1': OFFER,
        'POST /api/invitations/tok-1/accept': problem(409, 'email_registered', { message: 'Log in' }),
      });
      renderInvitation();
      await screen.findByTestId('invitation-password');
      signUp('Sato Hanako', 'a-long-enough-passphrase');
      expect(await screen.findByTestId('invitation-registered')).toHaveTextContent(
        'You already have an account with this address: log in, then open the link again.',
      );
      expect(getToken()).toBeNull();
      fireEvent.click(screen.getByTestId('invitation-registered-login'));
      expect(await screen.findByTestId('login-from')).toHaveTextContent('/invitations/tok-1');
    });

    it('offers to log in instead', async () => {
      mockApi({ '/api/invitations/tok-1': OFFER });
      renderInvitation();
      fireEvent.click(await screen.findByTestId('invitation-login'));
      expect(await screen.findByTestId('login-from')).toHaveTextContent('/invitations/tok-1');
    });
  });

  describe('for signed-in users', () => {
    beforeEach(async () => {
      await changeLanguage('en');
      setToken('jwt-token');
    });

    it('joins with the account and keeps the new session', async () => {
      await accept(STRAY, { token: 'joined-token', user: SATO });
      expect(await screen.findByText('team page')).toBeInTheDocument();
      expect(accepts()[0]).toMatchObject({ body: {}, headers: expect.objectContaining({ Authorization: 'Bearer jwt-token' }) });
      expect(screen.queryByTestId('invitation-signup')).toBeNull();
      expect(getToken()).toBe('joined-token');
    });

    itInEachLanguage('says the invitation is for another address', {
      en: 'This invitation is for sato@hayashi.example; you are signed in as hayashi@hayashi.example.',
      ja: 'この招待は sato@hayashi.example 宛てです。現在 hayashi@hayashi.example でログインしています。',
      zh: '此邀请发给 sato@hayashi.example；您当前登录的是 hayashi@hayashi.example。',
    }, async (text) => {
      await accept(
        { ...STRAY, email: 'hayashi@hayashi.example' },
        problem(403, 'invitation_for_other_address', { message: 'Other' }),
      );
      expect(await screen.findByTestId('accept-error')).toHaveTextContent(text);
      expect(getToken()).toBe('jwt-token');
    });

    it('tells a member of another company to leave it first', async () => {
      await accept({ ...SATO, companyId: 'c9' }, problem(409, 'already_in_a_company', { message: 'Leave' }));
      expect(await screen.findByTestId('accept-error')).toHaveTextContent('You already belong to a company: leave it first');
      await waitFor(() => expect(getToken()).toBe('jwt-token'));
    });
  });
});
